package nl.onderop.matching.outcome.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.outcome.application.MatchSeats.Seat;
import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.matching.outcome.domain.EvaluationKind;
import nl.onderop.matching.outcome.domain.MatchGoals;
import nl.onderop.matching.outcome.domain.OutcomeEvents;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.TScoreSummary;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * Intake, interim and end evaluations: one per kind and rater. The newcomer scores itself (or the coordinator
 * records it for a newcomer without an account), the volunteer scores as itself, the coordinator as itself.
 * The first evaluation fixes the goals; an end evaluation waits until the match is active or ended.
 */
@Component
public class RecordEvaluations {

    private final MatchSeats seats;
    private final ManageGoals goals;
    private final MatchGoalsRepository storedGoals;
    private final EvaluationRepository evaluations;
    private final CloudEventFactory events;
    private final Clock clock;

    public RecordEvaluations(MatchSeats seats, ManageGoals goals, MatchGoalsRepository storedGoals,
                             EvaluationRepository evaluations, CloudEventFactory events, Clock clock) {
        this.seats = seats;
        this.goals = goals;
        this.storedGoals = storedGoals;
        this.evaluations = evaluations;
        this.events = events;
        this.clock = clock;
    }

    /** The evaluations the caller may read, with the per-rater T-scores computed from exactly those. */
    public record Overview(List<Evaluation> evaluations, List<TScoreSummary.RaterTScore> tScores) {
    }

    /** A level for one goal, the goal named by its number (1 to 5) as the goals list shows it. */
    public record GoalLevel(int goal, int level) {
    }

    public Mono<Overview> list(MatchingAccess access, String matchId) {
        return seats.of(access, matchId).flatMap(seat -> evaluations.findByMatch(seat.match().tenant(), matchId)
                .filter(evaluation -> seat.sees(evaluation.rater()))
                .collectList()
                .map(visible -> new Overview(visible, TScoreSummary.of(visible))));
    }

    public Mono<Evaluation> record(MatchingAccess access, String matchId, EvaluationKind kind, Rater rater,
                                   List<GoalLevel> levels, String note) {
        return seats.of(access, matchId).flatMap(seat -> {
            Match match = seat.match();
            String recordedBy = seat.recordedByFor(rater).orElse(null);
            if (recordedBy == null) {
                return Mono.error(ApiProblem.forbidden(whoRecords(rater)));
            }
            if (!kind.allowedIn(match.state())) {
                return Mono.error(ApiProblem.conflict(kind == EvaluationKind.END
                        ? "An end evaluation is recorded once the match is active or ended; it is " + match.state().value() + "."
                        : "An " + kind.value() + " evaluation is recorded while the match is accepted, in introduction, "
                                + "trial or active; it is " + match.state().value() + "."));
            }
            String id = Evaluation.idFor(matchId, kind, rater);
            return evaluations.findById(match.tenant(), id)
                    .flatMap(exists -> Mono.<Evaluation>error(duplicate(kind, rater)))
                    .switchIfEmpty(Mono.defer(() -> goals.current(match)
                            .flatMap(current -> store(seat, current, kind, rater, recordedBy, levels, note))));
        });
    }

    private Mono<Evaluation> store(Seat seat, MatchGoals current, EvaluationKind kind, Rater rater, String recordedBy,
                                   List<GoalLevel> levels, String note) {
        if (current.isEmpty()) {
            return Mono.error(ApiProblem.conflict("Set the match's goals before the first evaluation."));
        }
        List<Integer> ordered = inGoalOrder(levels, current.goals().size());
        Instant now = Instant.now(clock);
        Evaluation evaluation = Evaluation.recorded(current, kind, rater, recordedBy, seat.match().volunteerId(), ordered,
                note, now);
        // Another rater may fix the same goals at the same moment: that is fine as long as they are these goals.
        Mono<MatchGoals> fixed = current.locked() ? Mono.just(current)
                : storedGoals.save(current.lockedForEvaluation(now), current.version())
                        .switchIfEmpty(Mono.defer(() -> storedGoals.findByMatch(current.tenant(), current.matchId())
                                .filter(stored -> stored.locked() && stored.goals().equals(current.goals()))))
                        .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The goals changed meanwhile; reload them.")));
        return fixed.then(evaluations.insert(evaluation, List.of(events.outboxMessage(OutcomeEvents.EVALUATION_RECORDED,
                        evaluation.tenant(), evaluation.id(), OutcomeEvents.recorded(evaluation)))))
                .switchIfEmpty(Mono.error(() -> duplicate(kind, rater)));
    }

    /** Every goal exactly once; every problem named by its place in {@code scores}. */
    static List<Integer> inGoalOrder(List<GoalLevel> levels, int goalCount) {
        List<InvalidParam> problems = new ArrayList<>();
        Map<Integer, Integer> byGoal = new TreeMap<>();
        for (int i = 0; i < levels.size(); i++) {
            GoalLevel level = levels.get(i);
            if (level.goal() < 1 || level.goal() > goalCount) {
                problems.add(new InvalidParam("scores[" + i + "].goal", "unknown",
                        "The number of one of the match's " + goalCount + " goals."));
            } else if (byGoal.putIfAbsent(level.goal(), level.level()) != null) {
                problems.add(new InvalidParam("scores[" + i + "].goal", "duplicate", "One level per goal."));
            }
        }
        List<Integer> missing = IntStream.rangeClosed(1, goalCount).filter(goal -> !byGoal.containsKey(goal)).boxed().toList();
        if (!missing.isEmpty()) {
            problems.add(new InvalidParam("scores", "incomplete", "A level for every goal; missing: goal "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return List.copyOf(byGoal.values());
    }

    private static ApiProblem duplicate(EvaluationKind kind, Rater rater) {
        return ApiProblem.conflict("The " + kind.value() + " evaluation by the " + rater.value() + " is recorded already.");
    }

    private static String whoRecords(Rater rater) {
        return switch (rater) {
            case NEWCOMER -> "The newcomer records its own evaluation; the coordinator does so only for a newcomer without an account.";
            case VOLUNTEER -> "Only the match's volunteer records the volunteer's evaluation.";
            case COORDINATOR -> "Only the coordinator of the match's organisation records the coordinator's evaluation.";
        };
    }
}
