package nl.onderop.volunteers.volunteer.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a volunteer stands: {@code applied → intake → screening → active ⇄ paused → stopped}. Stopping is
 * possible from every state but the last (people drop out at every step); nothing comes back from stopped.
 */
public enum VolunteerStatus {
    APPLIED,
    INTAKE,
    SCREENING,
    ACTIVE,
    PAUSED,
    STOPPED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VolunteerStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }

    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(INTAKE, STOPPED);
            case INTAKE -> EnumSet.of(SCREENING, STOPPED);
            case SCREENING -> EnumSet.of(ACTIVE, STOPPED);
            case ACTIVE -> EnumSet.of(PAUSED, STOPPED);
            case PAUSED -> EnumSet.of(ACTIVE, STOPPED);
            case STOPPED -> EnumSet.noneOf(VolunteerStatus.class);
        };
    }

    public boolean mayMoveTo(VolunteerStatus target) {
        return next().contains(target);
    }
}
