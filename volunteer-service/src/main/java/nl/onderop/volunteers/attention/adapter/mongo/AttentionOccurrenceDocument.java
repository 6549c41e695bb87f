package nl.onderop.volunteers.attention.adapter.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.attention.domain.AttentionOccurrence;

/** An announced occurrence under its unique key, with its event in the same document (outbox). */
@Document(AttentionOccurrenceDocument.COLLECTION)
record AttentionOccurrenceDocument(@Id String id, String tenant, String organization, String volunteerId,
                                   String reason, LocalDate since, int weeks, Instant detectedAt,
                                   List<OutboxMessage> outbox) {

    static final String COLLECTION = "attention_occurrences";

    static AttentionOccurrenceDocument from(AttentionOccurrence occurrence, OutboxMessage event) {
        return new AttentionOccurrenceDocument(occurrence.key(), occurrence.tenant(), occurrence.organization(),
                occurrence.item().volunteerId(), occurrence.item().reason().value(), occurrence.item().since(),
                occurrence.weeks(), occurrence.detectedAt(), List.of(event));
    }
}
