package nl.onderop.matching.outcome.domain;

import java.util.Objects;

/** One goal of a match: its domain, a short title, the described ladder and a weight of 1 to 3. */
public record Goal(OutcomeDomain domain, String title, GoalLevels levels, int weight) {

    public static final int DEFAULT_WEIGHT = 1;
    public static final int MAX_WEIGHT = 3;

    public Goal {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(levels, "levels");
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("A goal's weight is 1, 2 or 3: " + weight);
        }
    }
}
