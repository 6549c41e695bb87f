package nl.onderop.volunteers.csvimport.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.volunteers.csvimport.domain.ImportJobState;
import nl.onderop.volunteers.csvimport.domain.RowProblem;

/** One import job with its progress and listed problems; the uploaded file itself is never stored. */
@Document(ImportJobDocument.COLLECTION)
record ImportJobDocument(@Id String id, String tenant, String organization, String instance, String state,
                         boolean validRowsOnly, int rowsTotal, int rowsRead, int rowsValid, int imported, int rejected,
                         int problemCount, List<Problem> problems, String failureReason,
                         Instant createdAt, Instant startedAt, Instant finishedAt, Instant updatedAt) {

    static final String COLLECTION = "volunteer_import_jobs";

    record Problem(int line, String column, String code, String reason, String value) {
    }

    static ImportJobDocument from(ImportJob job) {
        return new ImportJobDocument(job.id(), job.tenant(), job.organization(), job.instance(), job.state().name(),
                job.validRowsOnly(), job.rowsTotal(), job.rowsRead(), job.rowsValid(), job.imported(), job.rejected(),
                job.problemCount(), job.problems().stream()
                        .map(p -> new Problem(p.line(), p.column(), p.code(), p.reason(), p.value())).toList(),
                job.failureReason(), job.createdAt(), job.startedAt(), job.finishedAt(), job.updatedAt());
    }

    ImportJob toJob() {
        return new ImportJob(id, tenant, organization, instance, ImportJobState.valueOf(state), validRowsOnly,
                rowsTotal, rowsRead, rowsValid, imported, rejected, problemCount,
                problems == null ? List.of() : problems.stream()
                        .map(p -> new RowProblem(p.line(), p.column(), p.code(), p.reason(), p.value())).toList(),
                failureReason, createdAt, startedAt, finishedAt, updatedAt);
    }
}
