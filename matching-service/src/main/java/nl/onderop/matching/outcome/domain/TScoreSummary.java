package nl.onderop.matching.outcome.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The match's T-score as a coordinator reads it: per rater the latest evaluation (end before interim before
 * intake) and how far it moved since that rater's intake. Raters are not averaged: a self-assessment and a
 * volunteer's view are different things.
 */
public final class TScoreSummary {

    private TScoreSummary() {
    }

    /**
     * @param changeSinceIntake latest minus intake; 0 when the latest is the intake, null without an intake
     */
    public record RaterTScore(Rater rater, EvaluationKind latestKind, double tScore, Double intakeTScore,
                              Double changeSinceIntake) {
    }

    public static List<RaterTScore> of(List<Evaluation> evaluations) {
        List<RaterTScore> summary = new ArrayList<>();
        for (Rater rater : Rater.values()) {
            List<Evaluation> own = evaluations.stream().filter(evaluation -> evaluation.rater() == rater).toList();
            Optional<Evaluation> latest = own.stream().max(Comparator.comparing(Evaluation::kind));
            if (latest.isEmpty()) {
                continue;
            }
            Optional<Evaluation> intake = own.stream().filter(evaluation -> evaluation.kind() == EvaluationKind.INTAKE).findFirst();
            double latestScore = latest.get().tScore();
            summary.add(new RaterTScore(rater, latest.get().kind(), TScore.rounded(latestScore),
                    intake.map(found -> TScore.rounded(found.tScore())).orElse(null),
                    intake.map(found -> TScore.rounded(latestScore - found.tScore())).orElse(null)));
        }
        return summary;
    }
}
