package nl.onderop.volunteers.introduction.adapter.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.introduction.domain.Introduction;
import nl.onderop.volunteers.introduction.domain.IntroductionStatus;

@Document(IntroductionDocument.COLLECTION)
record IntroductionDocument(@Id String id, String tenant, String volunteerId, String organization, String message,
                            String status, Instant requestedAt, Instant answeredAt, List<OutboxMessage> outbox) {

    static final String COLLECTION = "introductions";

    static IntroductionDocument from(Introduction introduction, List<OutboxMessage> events) {
        return new IntroductionDocument(introduction.id(), introduction.tenant(), introduction.volunteerId(),
                introduction.organization(), introduction.message(), introduction.status().value(),
                introduction.requestedAt(), introduction.answeredAt(), List.copyOf(events));
    }

    Introduction toIntroduction() {
        return new Introduction(id, tenant, volunteerId, organization, message,
                IntroductionStatus.valueOf(status.toUpperCase(Locale.ROOT)), requestedAt, answeredAt);
    }
}
