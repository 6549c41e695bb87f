package nl.onderop.matching.engine;

import java.util.Objects;

/** One criterion of a pair: its score 0..100, its weight, and {@code weighted = score * weight}. */
public record CriterionScore(Criterion criterion, int score, int weight, int weighted) {

    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException(criterion.value() + ": score must be 0..100, was " + score);
        }
        if (weighted != score * weight) {
            throw new IllegalArgumentException(criterion.value() + ": weighted must be score * weight");
        }
    }

    public static CriterionScore of(Criterion criterion, int score, int weight) {
        return new CriterionScore(criterion, score, weight, score * weight);
    }
}
