package nl.onderop.matching.outcome.domain;

import java.util.List;
import java.util.Objects;

/**
 * The five rungs of a Goal Attainment Scaling ladder, each described in words so that raters score the same
 * thing: −2 much less than expected, −1 less, 0 the expected outcome, +1 more, +2 much more than expected.
 */
public record GoalLevels(String muchLessThanExpected, String lessThanExpected, String expected, String moreThanExpected,
                         String muchMoreThanExpected) {

    public static final int LOWEST = -2;
    public static final int HIGHEST = 2;

    public GoalLevels {
        for (String description : List.of(muchLessThanExpected, lessThanExpected, expected, moreThanExpected,
                muchMoreThanExpected)) {
            Objects.requireNonNull(description, "every level needs a description");
        }
    }

    public static boolean isLevel(int level) {
        return level >= LOWEST && level <= HIGHEST;
    }

    public String describe(int level) {
        return switch (level) {
            case -2 -> muchLessThanExpected;
            case -1 -> lessThanExpected;
            case 0 -> expected;
            case 1 -> moreThanExpected;
            case 2 -> muchMoreThanExpected;
            default -> throw new IllegalArgumentException("A level is between -2 and +2: " + level);
        };
    }
}
