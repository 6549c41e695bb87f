package nl.onderop.matching.outcome.domain;

import java.util.Objects;

/** The level reached on one goal (by its number, 1 to 5), with the goal's domain and weight at the time. */
public record Score(int goal, OutcomeDomain domain, int weight, int level) {

    public Score {
        Objects.requireNonNull(domain, "domain");
        if (!GoalLevels.isLevel(level)) {
            throw new IllegalArgumentException("A level is between -2 and +2: " + level);
        }
        if (weight < 1 || weight > Goal.MAX_WEIGHT) {
            throw new IllegalArgumentException("A weight is 1, 2 or 3: " + weight);
        }
    }
}
