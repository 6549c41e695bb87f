package nl.onderop.volunteers.csvimport.application;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.csvimport.domain.ImportJob;

/** Import jobs, always within a tenant and organisation, and the one-active-job-per-organisation lock. */
public interface ImportJobRepository {

    Mono<ImportJob> save(ImportJob job);

    Mono<ImportJob> find(String tenant, String organization, String id);

    /** Takes the organisation's import lock for {@code jobId}; false when another job holds it. */
    Mono<Boolean> lock(String tenant, String organization, String jobId, Instant now);

    /** The id of the job that holds the organisation's lock, if any. */
    Mono<String> lockHolder(String tenant, String organization);

    /** Releases the lock if {@code jobId} still holds it. */
    Mono<Void> unlock(String tenant, String organization, String jobId);

    /**
     * Marks the queued and running jobs of {@code instance}, and those of any instance without progress since
     * {@code staleBefore}, as failed with {@code reason}, and releases their locks; answers how many.
     */
    Mono<Long> failInterrupted(String instance, Instant staleBefore, String reason, Instant now);

    /** Jobs that finished before {@code finishedBefore} and still quote cell values in their problems. */
    Flux<ImportJob> findFinishedWithProblemValues(Instant finishedBefore);
}
