package nl.onderop.matching.engine;

import java.util.Locale;

/** The soft criteria of a pair, each scored 0..100. */
public enum Criterion {
    INTERESTS("interests"),
    NEEDS_SKILLS("needs-skills"),
    LANGUAGE_FIT("language-fit"),
    SCHEDULE_OVERLAP("schedule-overlap"),
    DISTANCE("distance"),
    AGE_BAND("age-band");

    private final String value;

    Criterion(String value) {
        this.value = value;
    }

    /** The kebab-case name used in APIs and configuration, e.g. {@code "needs-skills"}. */
    public String value() {
        return value;
    }

    /** The criterion named {@code value} (kebab-case, case-insensitive). */
    public static Criterion fromValue(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Criterion criterion : values()) {
            if (criterion.value.equals(wanted)) {
                return criterion;
            }
        }
        throw new IllegalArgumentException("unknown criterion '" + value + "'");
    }
}
