package nl.onderop.volunteers.introduction.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An organisation asks to be introduced to a volunteer it found in the tenant pool; the volunteer accepts
 * (and joins that organisation) or declines. One open request per volunteer and organisation.
 */
public record Introduction(String id, String tenant, String volunteerId, String organization, String message,
                           IntroductionStatus status, Instant requestedAt, Instant answeredAt) {

    public Introduction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(status, "status");
    }

    public Introduction answered(boolean accepted, Instant now) {
        return new Introduction(id, tenant, volunteerId, organization, message,
                accepted ? IntroductionStatus.ACCEPTED : IntroductionStatus.DECLINED, requestedAt, now);
    }

    public boolean isOpen() {
        return status == IntroductionStatus.REQUESTED;
    }
}
