package nl.onderop.matching.request.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum Urgency {
    LOW,
    NORMAL,
    HIGH;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Urgency> fromValue(String value) {
        return Arrays.stream(values()).filter(urgency -> urgency.value().equals(value)).findFirst();
    }
}
