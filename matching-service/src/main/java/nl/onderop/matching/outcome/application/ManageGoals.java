package nl.onderop.matching.outcome.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.outcome.domain.Goal;
import nl.onderop.matching.outcome.domain.MatchGoals;
import nl.onderop.matching.outcome.domain.OutcomeRuleException;
import nl.onderop.platform.errors.ApiProblem;

/**
 * A match's goals: everyone at the match reads them; the coordinator of the match's organisation sets them
 * while the match is accepted, in introduction, trial or active, until the first evaluation fixes them.
 */
@Component
public class ManageGoals {

    private final MatchSeats seats;
    private final MatchGoalsRepository goals;
    private final Clock clock;

    public ManageGoals(MatchSeats seats, MatchGoalsRepository goals, Clock clock) {
        this.seats = seats;
        this.goals = goals;
        this.clock = clock;
    }

    public Mono<MatchGoals> get(MatchingAccess access, String matchId) {
        return seats.of(access, matchId).flatMap(seat -> current(seat.match()));
    }

    public Mono<MatchGoals> set(MatchingAccess access, String matchId, List<Goal> changed, Long version) {
        return seats.of(access, matchId).flatMap(seat -> {
            Match match = seat.match();
            if (!seat.coordinator()) {
                return Mono.error(ApiProblem.forbidden("Only the coordinator of the match's organisation sets its goals."));
            }
            if (!MatchGoals.settableIn(match.state())) {
                return Mono.error(ApiProblem.conflict("Goals are set while the match is accepted, in introduction, "
                        + "trial or active; it is " + match.state().value() + "."));
            }
            return current(match).flatMap(stored -> {
                if (version != null && version != stored.version()) {
                    return Mono.error(ApiProblem.conflict("The goals changed meanwhile (now version " + stored.version() + ")."));
                }
                MatchGoals replaced;
                try {
                    replaced = stored.replacedBy(changed, Instant.now(clock));
                } catch (OutcomeRuleException fixed) {
                    return Mono.error(ApiProblem.conflict(fixed.getMessage()));
                }
                return goals.save(replaced, stored.version())
                        .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The goals changed meanwhile; reload them.")));
            });
        });
    }

    Mono<MatchGoals> current(Match match) {
        return goals.findByMatch(match.tenant(), match.id())
                .defaultIfEmpty(MatchGoals.none(match.id(), match.tenant(), match.organization(), match.newcomerId()));
    }
}
