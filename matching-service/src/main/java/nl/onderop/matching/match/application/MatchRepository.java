package nl.onderop.matching.match.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of matches, each with its pending events in the same document. */
public interface MatchRepository {

    /** A match and the events announcing it, one document each. */
    record NewMatch(Match match, List<OutboxMessage> events) {
    }

    Flux<Match> insertAll(List<NewMatch> matches);

    /** Stores {@code changed} if the stored version is still {@code expectedVersion}; empty otherwise. */
    Mono<Match> update(Match changed, long expectedVersion, List<OutboxMessage> events);

    Mono<Match> findById(String id);

    Flux<Match> findByOrganization(String tenant, String organization, MatchState state, long skip, int limit);

    Mono<Long> countByOrganization(String tenant, String organization, MatchState state);

    /** Every match of the tenant (live or not), for capacities and the pairs tried before. */
    Flux<Match> findByTenant(String tenant);

    Flux<Match> findByNewcomer(String newcomerId);

    Flux<Match> findByVolunteer(String volunteerId);

    /** Every match that names the volunteer: as its volunteer, or among the alternatives in its explanation. */
    Flux<Match> findNaming(String volunteerId);

    Mono<Void> deleteByNewcomer(String newcomerId);
}
