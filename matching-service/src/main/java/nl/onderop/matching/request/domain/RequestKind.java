package nl.onderop.matching.request.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a newcomer asks for. */
public enum RequestKind {
    LANGUAGE_BUDDY,
    BUDDY,
    WORK_MENTOR,
    HOMEWORK_SUPPORT,
    BUREAUCRACY_HELP,
    ONE_OFF_TASK;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RequestKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(RequestKind::value).toList());
    }
}
