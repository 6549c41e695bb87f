package nl.onderop.volunteers.attention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A coordinator's conversation with one of its organisation's volunteers; the note stays with that organisation. */
public record CheckIn(String id, String tenant, String organization, String volunteerId, LocalDate date,
                      CheckInOutcome outcome, String note, Instant recordedAt) {

    public static final int MAX_NOTE_LENGTH = 280;

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
    }
}
