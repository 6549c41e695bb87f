package nl.onderop.matching.outcome.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.events.OutboxMessage;

@Document(StoryDocument.COLLECTION)
record StoryDocument(@Id String id, String tenant, String organization, String matchId, String newcomerId,
                     String author, String authorVolunteerId, String text, boolean publishable, Consent consent,
                     String consentRecordedBy, Instant withdrawnAt, Instant erasedAt, long version, Instant createdAt,
                     Instant updatedAt, List<OutboxMessage> outbox) {

    static final String COLLECTION = "outcome_stories";

    static StoryDocument from(Story story, List<OutboxMessage> events) {
        return new StoryDocument(story.id(), story.tenant(), story.organization(), story.matchId(), story.newcomerId(),
                story.author() == null ? null : story.author().value(), story.authorVolunteerId(), story.text(),
                story.publishable(), story.consent(), story.consentRecordedBy(), story.withdrawnAt(), story.erasedAt(),
                story.version(), story.createdAt(), story.updatedAt(), List.copyOf(events));
    }

    Story toStory() {
        return new Story(id, matchId, tenant, organization, newcomerId,
                author == null ? null : Rater.fromValue(author)
                        .orElseThrow(() -> new IllegalStateException("Stored author unknown: " + author)),
                authorVolunteerId, text, publishable, consent, consentRecordedBy, withdrawnAt, erasedAt, version,
                createdAt, updatedAt);
    }
}
