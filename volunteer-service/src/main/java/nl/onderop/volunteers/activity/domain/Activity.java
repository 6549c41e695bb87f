package nl.onderop.volunteers.activity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Time a volunteer spent for one of its organisations on one day. The {@code note} is for the volunteer and
 * that organisation only: it never leaves the service in events and no other organisation reads it.
 */
public record Activity(
        String id,
        String tenant,
        String volunteerId,
        String organization,
        LocalDate date,
        double hours,
        ActivityKind kind,
        String note,
        Instant loggedAt) {

    /** Days are days in the Netherlands, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final double MIN_HOURS = 0.25;
    public static final double MAX_HOURS = 24;
    public static final int MAX_NOTE_LENGTH = 280;

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /** Hours are logged in quarters of an hour, from a quarter up to a whole day. */
    public static boolean isValidHours(double hours) {
        return hours >= MIN_HOURS && hours <= MAX_HOURS && Math.rint(hours * 4) == hours * 4;
    }
}
