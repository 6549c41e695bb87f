package nl.onderop.volunteers.volunteer.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why volunteers stop, in the field's own words: what initiatives need to learn from. */
public enum StopReason {
    TOO_HEAVY("too-heavy"),
    TOO_TIME_INTENSIVE("too-time-intensive"),
    NO_CLICK("no-click"),
    MOVED("moved"),
    PERSONAL_CIRCUMSTANCES("personal-circumstances"),
    OTHER("other");

    private final String value;

    StopReason(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<StopReason> fromValue(String value) {
        return Arrays.stream(values()).filter(reason -> reason.value.equals(value)).findFirst();
    }
}
