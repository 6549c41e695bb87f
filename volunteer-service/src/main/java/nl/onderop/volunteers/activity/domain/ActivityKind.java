package nl.onderop.volunteers.activity.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a volunteer spent the time on; {@code buddy-meeting} also counts towards capacity. */
public enum ActivityKind {
    BUDDY_MEETING,
    LANGUAGE_SESSION,
    TASK,
    TRAINING,
    EVENT,
    OTHER;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ActivityKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }

    public static List<String> allValues() {
        return Arrays.stream(values()).map(ActivityKind::value).toList();
    }
}
