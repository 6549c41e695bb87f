package nl.onderop.matching.outcome.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.outcome.domain.MatchGoals;

/** Storage of each match's goals, one document per match. */
public interface MatchGoalsRepository {

    Mono<MatchGoals> findByMatch(String tenant, String matchId);

    /**
     * Stores {@code changed} if the stored version is still {@code expectedVersion} (0: none stored yet);
     * empty when someone else was faster.
     */
    Mono<MatchGoals> save(MatchGoals changed, long expectedVersion);

    Flux<MatchGoals> findByNewcomer(String tenant, String newcomerId);

    Mono<Void> deleteByNewcomer(String tenant, String newcomerId);
}
