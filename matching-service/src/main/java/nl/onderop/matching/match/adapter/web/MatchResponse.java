package nl.onderop.matching.match.adapter.web;

import java.time.Instant;
import java.util.List;

import nl.onderop.matching.match.application.FindMatches;
import nl.onderop.matching.match.domain.Answer;
import nl.onderop.matching.match.domain.Explanation;
import nl.onderop.matching.match.domain.Match;

record MatchResponse(String id, String organization, String runId, String requestId, String newcomerId,
                     String newcomerAlias, String volunteerId, String state, Explanation explanation,
                     Answer volunteerAnswer, Answer newcomerAnswer, String declinedBy, String endReason,
                     List<Match.Transition> history, long version, Instant createdAt, Instant updatedAt) {

    static MatchResponse of(FindMatches.SeenMatch seen) {
        Match match = seen.match();
        return new MatchResponse(match.id(), match.organization(), match.runId(), match.requestId(), match.newcomerId(),
                seen.newcomerAlias(), match.volunteerId(), match.state().value(), match.explanation(),
                match.volunteerAnswer(), match.newcomerAnswer(), match.declinedBy(),
                match.endReason() == null ? null : match.endReason().value(), match.history(), match.version(),
                match.createdAt(), match.updatedAt());
    }
}
