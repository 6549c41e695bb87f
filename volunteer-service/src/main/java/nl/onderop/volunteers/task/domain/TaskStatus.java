package nl.onderop.volunteers.task.domain;

import java.util.Arrays;
import java.util.Optional;

/** A task is open for sign-ups until its organisation cancels it; nothing comes back from cancelled. */
public enum TaskStatus {
    OPEN("open"),
    CANCELLED("cancelled");

    private final String value;

    TaskStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<TaskStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value.equals(value)).findFirst();
    }
}
