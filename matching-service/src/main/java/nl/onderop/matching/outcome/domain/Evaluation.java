package nl.onderop.matching.outcome.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One evaluation of a match: of one kind, by one rater, a level for every goal and an optional note. There is
 * at most one per kind and rater, which is why the id follows from the match, the kind and the rater.
 * {@code recordedBy} says whether the rater recorded it itself ({@code self}) or the coordinator did so for a
 * newcomer without an account ({@code coordinator}). {@code raterVolunteerId} links a volunteer's evaluation to
 * the volunteer until the volunteer is erased.
 */
public record Evaluation(String id, String matchId, String tenant, String organization, String newcomerId,
                         EvaluationKind kind, Rater rater, String recordedBy, String raterVolunteerId,
                         List<Score> scores, String note, double tScore, Instant recordedAt) {

    public static final String SELF = "self";
    public static final String COORDINATOR = "coordinator";
    public static final int MAX_NOTE = 1000;

    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rater, "rater");
        scores = List.copyOf(scores);
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters.");
        }
    }

    public static String idFor(String matchId, EvaluationKind kind, Rater rater) {
        return UUID.nameUUIDFromBytes((matchId + "/" + kind.value() + "/" + rater.value()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Scores the match's goals: {@code levels} holds one level per goal, in the goals' order.
     *
     * @throws OutcomeRuleException when the match has no goals yet
     */
    public static Evaluation recorded(MatchGoals goals, EvaluationKind kind, Rater rater, String recordedBy,
                                      String raterVolunteerId, List<Integer> levels, String note, Instant now) {
        if (goals.isEmpty()) {
            throw new OutcomeRuleException("Set the match's goals before the first evaluation.");
        }
        if (levels.size() != goals.goals().size()) {
            throw new IllegalArgumentException("One level per goal: " + goals.goals().size() + " goals, " + levels.size() + " levels.");
        }
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Goal goal = goals.goals().get(i);
            scores.add(new Score(i + 1, goal.domain(), goal.weight(), levels.get(i)));
        }
        return new Evaluation(idFor(goals.matchId(), kind, rater), goals.matchId(), goals.tenant(), goals.organization(),
                goals.newcomerId(), kind, rater, recordedBy, rater == Rater.VOLUNTEER ? raterVolunteerId : null, scores,
                note == null || note.isBlank() ? null : note.strip(), TScore.of(scores), now);
    }

    /** The volunteer was erased: the levels stay, the note and the link to the person go. */
    public Evaluation withoutVolunteer() {
        return new Evaluation(id, matchId, tenant, organization, newcomerId, kind, rater, recordedBy, null, scores,
                null, tScore, recordedAt);
    }
}
