package nl.onderop.matching.match.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.match.domain.Answer;
import nl.onderop.matching.match.domain.EndReason;
import nl.onderop.matching.match.domain.Explanation;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.platform.events.OutboxMessage;

@Document(MatchDocument.COLLECTION)
record MatchDocument(@Id String id, String tenant, String organization, String runId, String requestId,
                     String newcomerId, String volunteerId, String volunteerAccount, String state,
                     Explanation explanation, Answer volunteerAnswer, Answer newcomerAnswer, String declinedBy,
                     String endReason, List<Match.Transition> history, long version, Instant createdAt,
                     Instant updatedAt, List<OutboxMessage> outbox) {

    static final String COLLECTION = "matches";

    static MatchDocument from(Match match, List<OutboxMessage> events) {
        return new MatchDocument(match.id(), match.tenant(), match.organization(), match.runId(), match.requestId(),
                match.newcomerId(), match.volunteerId(), match.volunteerAccount(), match.state().value(),
                match.explanation(), match.volunteerAnswer(), match.newcomerAnswer(), match.declinedBy(),
                match.endReason() == null ? null : match.endReason().value(), match.history(), match.version(),
                match.createdAt(), match.updatedAt(), List.copyOf(events));
    }

    Match toMatch() {
        return new Match(id, tenant, organization, runId, requestId, newcomerId, volunteerId, volunteerAccount,
                MatchState.fromValue(state).orElseThrow(() -> new IllegalStateException("Stored state unknown: " + state)),
                explanation, volunteerAnswer, newcomerAnswer, declinedBy,
                endReason == null ? null : EndReason.fromValue(endReason).orElse(EndReason.OTHER), history, version,
                createdAt, updatedAt);
    }
}
