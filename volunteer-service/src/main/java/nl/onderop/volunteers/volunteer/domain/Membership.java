package nl.onderop.volunteers.volunteer.domain;

import java.time.Instant;
import java.util.Objects;

/** The volunteer serves this organisation (by its slug, within the volunteer's tenant) since {@code since}. */
public record Membership(String organization, Instant since) {

    public Membership {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(since, "since");
    }
}
