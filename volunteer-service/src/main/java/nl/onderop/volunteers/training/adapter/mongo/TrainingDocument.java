package nl.onderop.volunteers.training.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.training.domain.Enrolment;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingDetails;
import nl.onderop.volunteers.training.domain.TrainingStatus;

/**
 * How a training is stored: tenant first; the start and end at the top level so that lists filter and sort
 * in the store; the enrolments inside, so that one conditional write guards the capacity; pending events in
 * the same document.
 */
@Document(TrainingDocument.COLLECTION)
record TrainingDocument(
        @Id String id,
        String tenant,
        String organization,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        int capacity,
        boolean openToTenant,
        String status,
        List<Enrolment> enrolments,
        int forgottenAttendees,
        int forgottenAttendeesFromOtherOrganizations,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "trainings";

    static TrainingDocument from(Training training, List<OutboxMessage> events) {
        TrainingDetails details = training.details();
        return new TrainingDocument(training.id(), training.tenant(), training.organization(), details.title(),
                details.description(), details.startsAt(), details.endsAt(), details.place(), details.onlineUrl(),
                details.capacity(), training.openToTenant(), training.status().value(), training.enrolments(),
                training.forgottenAttendees(), training.forgottenAttendeesFromOtherOrganizations(), training.version(),
                training.createdAt(), training.updatedAt(), List.copyOf(events));
    }

    Training training() {
        return new Training(id, tenant, organization,
                new TrainingDetails(title, description, startsAt, endsAt, place, onlineUrl, capacity), openToTenant,
                TrainingStatus.fromValue(status).orElseThrow(() -> new IllegalStateException("Stored status unknown: " + status)),
                enrolments, forgottenAttendees, forgottenAttendeesFromOtherOrganizations, version, createdAt, updatedAt);
    }
}
