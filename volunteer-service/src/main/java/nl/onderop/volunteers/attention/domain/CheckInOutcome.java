package nl.onderop.volunteers.attention.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a check-in conversation ended. */
public enum CheckInOutcome {
    CONTINUES,
    PAUSES,
    STOPS,
    OTHER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CheckInOutcome> fromValue(String value) {
        return Arrays.stream(values()).filter(outcome -> outcome.value().equals(value)).findFirst();
    }
}
