package nl.onderop.matching.request.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.matching.request.domain.RequestKind;
import nl.onderop.matching.request.domain.SmallTask;
import nl.onderop.matching.request.domain.Urgency;
import nl.onderop.platform.events.OutboxMessage;

@Document(HelpRequestDocument.COLLECTION)
record HelpRequestDocument(@Id String id, String tenant, String organization, String newcomerId, String kind,
                           String description, String urgency, boolean open, String closeReason, List<SmallTask> tasks,
                           long version, Instant createdAt, Instant updatedAt, List<OutboxMessage> outbox) {

    static final String COLLECTION = "help_requests";

    static HelpRequestDocument from(HelpRequest request, List<OutboxMessage> events) {
        return new HelpRequestDocument(request.id(), request.tenant(), request.organization(), request.newcomerId(),
                request.kind().value(), request.description(), request.urgency().value(), request.open(),
                request.closeReason(), request.tasks(), request.version(), request.createdAt(), request.updatedAt(),
                List.copyOf(events));
    }

    HelpRequest toRequest() {
        return new HelpRequest(id, tenant, organization, newcomerId,
                RequestKind.fromValue(kind).orElseThrow(() -> new IllegalStateException("Stored kind unknown: " + kind)),
                description, Urgency.fromValue(urgency).orElse(Urgency.NORMAL), open, closeReason, tasks, version,
                createdAt, updatedAt);
    }
}
