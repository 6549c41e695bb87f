package nl.onderop.volunteers.activity.adapter.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.activity.domain.ActivityKind;

/** How an activity is stored: tenant first, its pending event in the same document. */
@Document(ActivityDocument.COLLECTION)
record ActivityDocument(
        @Id String id,
        String tenant,
        String volunteerId,
        String organization,
        LocalDate date,
        double hours,
        String kind,
        String note,
        Instant loggedAt,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "activities";

    static ActivityDocument from(Activity activity, List<OutboxMessage> events) {
        return new ActivityDocument(activity.id(), activity.tenant(), activity.volunteerId(), activity.organization(),
                activity.date(), activity.hours(), activity.kind().value(), activity.note(), activity.loggedAt(),
                List.copyOf(events));
    }

    Activity toActivity() {
        return new Activity(id, tenant, volunteerId, organization, date, hours,
                ActivityKind.fromValue(kind).orElse(ActivityKind.OTHER), note, loggedAt);
    }
}
