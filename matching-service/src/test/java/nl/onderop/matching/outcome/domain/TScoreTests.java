package nl.onderop.matching.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Kiresuk–Sherman T-score with ρ = 0.3, against values worked out by hand:
 * T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²).
 */
class TScoreTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static List<Score> scores(int[] weights, int[] levels) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            scores.add(new Score(i + 1, OutcomeDomain.LANGUAGE, weights[i], levels[i]));
        }
        return scores;
    }

    @Test
    void everyGoalReachedAsExpectedIsFifty() {
        assertThat(TScore.of(scores(new int[] {1, 2, 3}, new int[] {0, 0, 0}))).isEqualTo(50.0);
    }

    @Test
    void oneGoalMuchBetterThanExpectedIsSeventy() {
        // Σwx = 2; √(0.7·1 + 0.3·1) = 1
        assertThat(TScore.of(scores(new int[] {1}, new int[] {2}))).isCloseTo(70.0, within(1e-9));
    }

    @Test
    void twoEqualGoalsOneAboveExpected() {
        // Σwx = 2; √(0.7·2 + 0.3·4) = √2.6 = 1.61245; 50 + 20 / 1.61245 = 62.403
        assertThat(TScore.of(scores(new int[] {1, 1}, new int[] {1, 1}))).isCloseTo(62.403, within(0.001));
    }

    @Test
    void weightsCount() {
        // Σwx = −1 + 0 + 6 = 5; √(0.7·14 + 0.3·36) = √20.6 = 4.53872; 50 + 50 / 4.53872 = 61.016
        assertThat(TScore.of(scores(new int[] {1, 2, 3}, new int[] {-1, 0, 2}))).isCloseTo(61.016, within(0.001));
        // Σwx = 2 − 1 = 1; √(0.7·5 + 0.3·9) = √6.2 = 2.48998; 50 + 10 / 2.48998 = 54.016
        assertThat(TScore.of(scores(new int[] {2, 1}, new int[] {1, -1}))).isCloseTo(54.016, within(0.001));
    }

    @Test
    void belowExpectedGoesUnderFifty() {
        // Σwx = −3; √(0.7·3 + 0.3·9) = √4.8 = 2.19089; 50 − 30 / 2.19089 = 36.307
        assertThat(TScore.of(scores(new int[] {1, 1, 1}, new int[] {-1, -1, -1}))).isCloseTo(36.307, within(0.001));
        // the floor with five goals of weight 1: Σwx = −10; √(3.5 + 7.5) = √11; 50 − 100 / 3.31662 = 19.849
        assertThat(TScore.of(scores(new int[] {1, 1, 1, 1, 1}, new int[] {-2, -2, -2, -2, -2}))).isCloseTo(19.849, within(0.001));
    }

    @Test
    void roundsToOneDecimal() {
        assertThat(TScore.rounded(62.40347)).isEqualTo(62.4);
        assertThat(TScore.rounded(54.05)).isEqualTo(54.1);
    }

    @Test
    void needsAScoredGoal() {
        assertThatThrownBy(() -> TScore.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(1, OutcomeDomain.WELLBEING, 1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MatchGoals goals(int... weights) {
        List<Goal> goals = new ArrayList<>();
        for (int weight : weights) {
            goals.add(new Goal(OutcomeDomain.SOCIAL_NETWORK, "Contacten", new GoalLevels("a", "b", "c", "d", "e"), weight));
        }
        return MatchGoals.none("m1", "delft", "org", "n1").replacedBy(goals, NOW);
    }

    private static Evaluation evaluation(MatchGoals goals, EvaluationKind kind, Rater rater, Integer... levels) {
        return Evaluation.recorded(goals, kind, rater, Evaluation.SELF, "v1", List.of(levels), null, NOW);
    }

    @Test
    void summaryTakesPerRaterTheLatestAndTheChangeSinceIntake() {
        MatchGoals goals = goals(1, 1);
        List<Evaluation> evaluations = List.of(
                evaluation(goals, EvaluationKind.END, Rater.NEWCOMER, 1, 1),        // 62.403
                evaluation(goals, EvaluationKind.INTAKE, Rater.NEWCOMER, -1, -1),   // 37.597
                evaluation(goals, EvaluationKind.INTERIM, Rater.NEWCOMER, 0, 0),    // 50
                evaluation(goals, EvaluationKind.INTERIM, Rater.VOLUNTEER, 2, 0),   // 62.403
                evaluation(goals, EvaluationKind.INTAKE, Rater.COORDINATOR, 0, 0)); // 50

        assertThat(TScoreSummary.of(evaluations)).containsExactly(
                new TScoreSummary.RaterTScore(Rater.NEWCOMER, EvaluationKind.END, 62.4, 37.6, 24.8),
                new TScoreSummary.RaterTScore(Rater.VOLUNTEER, EvaluationKind.INTERIM, 62.4, null, null),
                new TScoreSummary.RaterTScore(Rater.COORDINATOR, EvaluationKind.INTAKE, 50.0, 50.0, 0.0));
    }

    @Test
    void evaluationScoresTheGoalsInOrderWithTheirWeights() {
        Evaluation evaluation = Evaluation.recorded(goals(1, 2, 3), EvaluationKind.INTAKE, Rater.VOLUNTEER,
                Evaluation.SELF, "v1", List.of(-1, 0, 2), "  gaat goed  ", NOW);

        assertThat(evaluation.scores()).extracting(Score::goal, Score::weight, Score::level)
                .containsExactly(tuple(1, 1, -1), tuple(2, 2, 0),
                        tuple(3, 3, 2));
        assertThat(evaluation.tScore()).isCloseTo(61.016, within(0.001));
        assertThat(evaluation.note()).isEqualTo("gaat goed");
        assertThat(evaluation.raterVolunteerId()).isEqualTo("v1");
        assertThat(evaluation.id()).isEqualTo(Evaluation.idFor("m1", EvaluationKind.INTAKE, Rater.VOLUNTEER));

        Evaluation anonymous = evaluation.withoutVolunteer();
        assertThat(anonymous.note()).isNull();
        assertThat(anonymous.raterVolunteerId()).isNull();
        assertThat(anonymous.scores()).isEqualTo(evaluation.scores());
    }

    @Test
    void goalsAreFixedOnceEvaluated() {
        MatchGoals locked = goals(1).lockedForEvaluation(NOW);
        assertThatThrownBy(() -> locked.replacedBy(locked.goals(), NOW)).isInstanceOf(OutcomeRuleException.class);
        assertThatThrownBy(() -> Evaluation.recorded(MatchGoals.none("m", "delft", "o", "n"), EvaluationKind.INTAKE,
                Rater.COORDINATOR, Evaluation.SELF, null, List.of(), null, NOW)).isInstanceOf(OutcomeRuleException.class);
    }

    @Test
    void domainsReadAsKebabCase() {
        assertThat(OutcomeDomain.SELF_RELIANCE_BUREAUCRACY.value()).isEqualTo("self-reliance-bureaucracy");
        assertThat(OutcomeDomain.fromValue("work-and-education")).contains(OutcomeDomain.WORK_AND_EDUCATION);
    }
}
