package nl.onderop.volunteers.attention.application;

import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.attention.domain.AttentionOccurrence;

/** The announced occurrences: recording one and its event is one write, and only the first writer succeeds. */
public interface AttentionOccurrenceRepository {

    /** True when this call recorded it (with its event); false when it was recorded before. */
    Mono<Boolean> recordOnce(AttentionOccurrence occurrence, OutboxMessage event);

    Mono<Void> deleteAll(String tenant, String volunteerId);
}
