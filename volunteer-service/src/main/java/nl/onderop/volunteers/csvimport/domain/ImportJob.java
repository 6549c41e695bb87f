package nl.onderop.volunteers.csvimport.domain;

import java.time.Instant;
import java.util.List;

/**
 * One CSV import of an organisation, run in the background: its state, progress ({@code rowsRead} rows checked,
 * {@code imported} stored, {@code rejected} rows with a problem), the first {@link #MAX_LISTED} problems and
 * {@code problemCount} of all of them, and its times. {@code instance} is the service instance that runs it
 * and {@code updatedAt} its last progress, so a job interrupted by a restart can be recognised.
 */
public record ImportJob(String id, String tenant, String organization, String instance, ImportJobState state,
                        boolean validRowsOnly, int rowsTotal, int rowsRead, int rowsValid, int imported, int rejected,
                        int problemCount, List<RowProblem> problems, String failureReason,
                        Instant createdAt, Instant startedAt, Instant finishedAt, Instant updatedAt) {

    public static final int MAX_LISTED = 1_000;

    public ImportJob {
        problems = List.copyOf(problems);
    }

    public static ImportJob queued(String id, String tenant, String organization, String instance,
                                   boolean validRowsOnly, int rowsTotal, Instant now) {
        return new ImportJob(id, tenant, organization, instance, ImportJobState.QUEUED, validRowsOnly, rowsTotal,
                0, 0, 0, 0, 0, List.of(), null, now, null, null, now);
    }

    public ImportJob started(Instant now) {
        return new ImportJob(id, tenant, organization, instance, ImportJobState.RUNNING, validRowsOnly, rowsTotal,
                rowsRead, rowsValid, imported, rejected, problemCount, problems, null, createdAt, now, null, now);
    }

    public ImportJob checked(int read, int valid, int rejectedRows, int allProblems, List<RowProblem> listed, Instant now) {
        return new ImportJob(id, tenant, organization, instance, state, validRowsOnly, rowsTotal, read, valid,
                imported, rejectedRows, allProblems, listed.stream().limit(MAX_LISTED).toList(), failureReason,
                createdAt, startedAt, finishedAt, now);
    }

    public ImportJob stored(int importedSoFar, Instant now) {
        return new ImportJob(id, tenant, organization, instance, state, validRowsOnly, rowsTotal, rowsRead,
                rowsValid, importedSoFar, rejected, problemCount, problems, failureReason, createdAt, startedAt,
                finishedAt, now);
    }

    public ImportJob succeeded(Instant now) {
        return finished(ImportJobState.SUCCEEDED, null, now);
    }

    public ImportJob failed(String reason, Instant now) {
        return finished(ImportJobState.FAILED, reason, now);
    }

    private ImportJob finished(ImportJobState end, String reason, Instant now) {
        return new ImportJob(id, tenant, organization, instance, end, validRowsOnly, rowsTotal, rowsRead, rowsValid,
                imported, rejected, problemCount, problems, reason, createdAt, startedAt, now, now);
    }

    /** The job without the cell values quoted in its problems (they may be personal data); the rest stays. */
    public ImportJob withoutProblemValues() {
        return new ImportJob(id, tenant, organization, instance, state, validRowsOnly, rowsTotal, rowsRead, rowsValid,
                imported, rejected, problemCount, problems.stream().map(RowProblem::withoutValue).toList(), failureReason,
                createdAt, startedAt, finishedAt, updatedAt);
    }
}
