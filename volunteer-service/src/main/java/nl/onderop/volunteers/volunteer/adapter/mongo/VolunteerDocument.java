package nl.onderop.volunteers.volunteer.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.StopReason;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * How a volunteer is stored: tenant first; {@code organizations} and {@code inPool} repeated at the top so
 * that a coordinator's search filters in the store; pending events in the same document.
 */
@Document(VolunteerDocument.COLLECTION)
record VolunteerDocument(
        @Id String id,
        String tenant,
        String account,
        List<String> organizations,
        boolean inPool,
        VolunteerProfile profile,
        String status,
        String stopReason,
        List<Membership> memberships,
        PoolConsent poolConsent,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant erasedAt,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "volunteers";

    static VolunteerDocument from(Volunteer volunteer, List<OutboxMessage> events) {
        return new VolunteerDocument(volunteer.id(), volunteer.tenant(), volunteer.account(), volunteer.organizations(),
                volunteer.isInPool(), volunteer.profile(), volunteer.status().value(),
                volunteer.stopReason() == null ? null : volunteer.stopReason().value(), volunteer.memberships(),
                volunteer.poolConsent(), volunteer.version(), volunteer.createdAt(), volunteer.updatedAt(),
                volunteer.erasedAt(), List.copyOf(events));
    }

    Volunteer toVolunteer() {
        return new Volunteer(id, tenant, account, profile,
                VolunteerStatus.fromValue(status).orElseThrow(() -> new IllegalStateException("Stored status unknown: " + status)),
                stopReason == null ? null : StopReason.fromValue(stopReason).orElse(StopReason.OTHER), memberships,
                poolConsent, version, createdAt, updatedAt, erasedAt);
    }
}
