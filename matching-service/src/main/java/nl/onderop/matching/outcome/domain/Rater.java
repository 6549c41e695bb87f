package nl.onderop.matching.outcome.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who scores or tells: the newcomer (self-assessment), the match's volunteer, or the organisation's coordinator. */
public enum Rater {
    NEWCOMER,
    VOLUNTEER,
    COORDINATOR;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rater> fromValue(String value) {
        return Arrays.stream(values()).filter(rater -> rater.value().equals(value)).findFirst();
    }
}
