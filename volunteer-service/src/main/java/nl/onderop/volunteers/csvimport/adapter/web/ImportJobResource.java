package nl.onderop.volunteers.csvimport.adapter.web;

import java.time.Instant;
import java.util.List;

import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.volunteers.csvimport.domain.RowProblem;

/** An import job as the API shows it (no instance, tenant or organisation: the caller's own). */
record ImportJobResource(String id, String state, boolean validRowsOnly, int rowsTotal, int rowsRead, int rowsValid,
                         int imported, int rejected, int problemCount, List<RowProblem> problems, String failureReason,
                         Instant createdAt, Instant startedAt, Instant finishedAt, Links links) {

    record Links(String self, String problems) {
    }

    static ImportJobResource of(ImportJob job) {
        String self = VolunteerImportController.PATH + "/" + job.id();
        return new ImportJobResource(job.id(), job.state().value(), job.validRowsOnly(), job.rowsTotal(),
                job.rowsRead(), job.rowsValid(), job.imported(), job.rejected(), job.problemCount(), job.problems(),
                job.failureReason(), job.createdAt(), job.startedAt(), job.finishedAt(),
                new Links(self, self + "/problems.csv"));
    }
}
