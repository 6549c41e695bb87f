package nl.onderop.matching.candidate.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.candidate.domain.Candidate;

/** The read model of volunteers, one document per volunteer. */
public interface CandidateRepository {

    /** Stores the candidate unless a newer version of it is stored already; true when it was stored. */
    Mono<Boolean> upsertIfNewer(Candidate candidate);

    Mono<Void> delete(String volunteerId);

    Mono<Candidate> findById(String volunteerId);

    Flux<Candidate> findByAccount(String account);

    /** Active candidates of the tenant that belong to the organisation or, with {@code pool}, consented to the pool. */
    Flux<Candidate> findAvailable(String tenant, String organization, boolean pool);

    Mono<Long> count();

    Mono<Void> deleteAll();
}
