package nl.onderop.matching.outcome.domain;

import java.util.List;

/**
 * The Goal Attainment Scaling summary score of Kiresuk and Sherman (1968):
 * T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), with xᵢ the level (−2..+2), wᵢ the weight and ρ = 0.3 the
 * customary assumed correlation between the goals. 50 means every goal was reached as expected; about 10 points
 * are one standard deviation.
 */
public final class TScore {

    public static final double RHO = 0.3;

    private TScore() {
    }

    public static double of(List<Score> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("A T-score needs at least one scored goal.");
        }
        double weighted = 0;
        double squaredWeights = 0;
        double weights = 0;
        for (Score score : scores) {
            weighted += score.weight() * score.level();
            squaredWeights += (double) score.weight() * score.weight();
            weights += score.weight();
        }
        return 50 + 10 * weighted / Math.sqrt((1 - RHO) * squaredWeights + RHO * weights * weights);
    }

    /** One decimal, as shown to people and sent to reporting. */
    public static double rounded(double tScore) {
        return Math.round(tScore * 10) / 10.0;
    }
}
