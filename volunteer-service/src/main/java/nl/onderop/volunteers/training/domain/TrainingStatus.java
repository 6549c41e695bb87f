package nl.onderop.volunteers.training.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A training is scheduled until its organisation cancels it; a cancelled training stays cancelled. */
public enum TrainingStatus {
    SCHEDULED,
    CANCELLED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrainingStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
