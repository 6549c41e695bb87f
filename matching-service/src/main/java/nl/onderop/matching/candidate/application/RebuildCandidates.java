package nl.onderop.matching.candidate.application;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.platform.errors.ApiProblem;

/**
 * Rebuilds the candidates from the volunteer topic: drops the read model and applies every event still on
 * the topic in order. Live events arriving meanwhile are safe: the newest volunteer version always wins.
 */
@Component
public class RebuildCandidates {

    private final CandidateRepository candidates;
    private final VolunteerEventHistory history;
    private final RecordVolunteerEvent record;

    public RebuildCandidates(CandidateRepository candidates, VolunteerEventHistory history, RecordVolunteerEvent record) {
        this.candidates = candidates;
        this.history = history;
        this.record = record;
    }

    public record Report(long eventsRead, long candidates) {
    }

    public Mono<Report> rebuild(MatchingAccess access) {
        if (!access.isPlatformAdmin()) {
            return Mono.error(ApiProblem.forbidden("Only platform admins rebuild the candidates."));
        }
        AtomicLong read = new AtomicLong();
        return candidates.deleteAll()
                .thenMany(history.replay())
                .concatMap(event -> {
                    read.incrementAndGet();
                    return record.record(event);
                })
                .then(candidates.count())
                .map(count -> new Report(read.get(), count));
    }
}
