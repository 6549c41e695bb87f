package nl.onderop.matching.match.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum EndReason {
    COMPLETED,
    NO_CLICK,
    VOLUNTEER_STOPPED,
    NEWCOMER_MOVED,
    OTHER;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EndReason> fromValue(String value) {
        return Arrays.stream(values()).filter(reason -> reason.value().equals(value)).findFirst();
    }
}
