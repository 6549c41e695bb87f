package nl.onderop.matching.match.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface MatchingRunRepository {

    Mono<MatchingRun> insert(MatchingRun run);

    Flux<MatchingRun> findByOrganization(String tenant, String organization, int limit);

    /** Takes the organisation's run lock unless another run holds it and has not expired; true when taken. */
    Mono<Boolean> lock(String tenant, String organization, String runId);

    Mono<Void> unlock(String tenant, String organization, String runId);
}
