package nl.onderop.matching.match.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.candidate.application.VolunteerErasureListener;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchEvents;
import nl.onderop.matching.newcomer.application.NewcomerDataHolder;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.storage.UntilWritten;

/**
 * Matches in exports and erasures. An erased newcomer's matches are removed; an erased volunteer's matches
 * lose the link to the person (a running one ends with {@code volunteer-stopped}), so that the newcomer keeps
 * its history.
 */
@Component
public class MatchPersonalData implements NewcomerDataHolder, VolunteerErasureListener {

    private final MatchRepository matches;
    private final CloudEventFactory events;
    private final Clock clock;

    public MatchPersonalData(MatchRepository matches, CloudEventFactory events, Clock clock) {
        this.matches = matches;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "matches";
    }

    @Override
    public Mono<Object> export(Newcomer newcomer) {
        return matches.findByNewcomer(newcomer.id()).collectList().map(list -> (Object) list);
    }

    @Override
    public Mono<Void> erase(Newcomer newcomer) {
        return matches.deleteByNewcomer(newcomer.id());
    }

    @Override
    public Mono<Void> volunteerErased(String tenant, String volunteerId) {
        return matches.findNaming(volunteerId).filter(match -> tenant.equals(match.tenant())).map(Match::id)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(id -> UntilWritten.rewriting("match " + id, () -> matches.findById(id),
                        match -> match.names(volunteerId) ? without(match, volunteerId) : Mono.just(match)))
                .then();
    }

    /** Empty when another change came first (then it is read again). */
    private Mono<Match> without(Match match, String volunteerId) {
        if (!volunteerId.equals(match.volunteerId())) {
            return matches.update(match.withoutAlternative(volunteerId, Instant.now(clock)), match.version(), List.of());
        }
        return withoutVolunteer(match);
    }

    /** The match without the volunteer; empty when another change came first (then it is read again). */
    private Mono<Match> withoutVolunteer(Match match) {
        Match without = match.withoutVolunteer(Instant.now(clock));
        return matches.update(without, match.version(), without.state() == match.state() ? List.of()
                : List.of(events.outboxMessage(MatchEvents.ENDED, without.tenant(), without.id(), MatchEvents.data(without))));
    }
}
