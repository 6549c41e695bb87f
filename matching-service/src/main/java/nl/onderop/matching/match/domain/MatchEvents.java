package nl.onderop.matching.match.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Events about matches: pseudonymous ids, state, score; who declined only as a side, never why. */
public final class MatchEvents {

    public static final String PROPOSED = "nl.onderop.matching.match.proposed.v1";
    public static final String APPROVED = "nl.onderop.matching.match.approved.v1";
    public static final String ACCEPTED = "nl.onderop.matching.match.accepted.v1";
    public static final String DECLINED = "nl.onderop.matching.match.declined.v1";
    public static final String STARTED = "nl.onderop.matching.match.started.v1";
    public static final String PHASE_CHANGED = "nl.onderop.matching.match.phase-changed.v1";
    public static final String ENDED = "nl.onderop.matching.match.ended.v1";

    private MatchEvents() {
    }

    /** The event for arriving in the match's current state; none for a half-given acceptance. */
    public static String forState(MatchState state) {
        return switch (state) {
            case PROPOSED -> PROPOSED;
            case APPROVED -> APPROVED;
            case ACCEPTED -> ACCEPTED;
            case DECLINED -> DECLINED;
            case INTRODUCTION -> STARTED;
            case TRIAL, ACTIVE -> PHASE_CHANGED;
            case ENDED -> ENDED;
        };
    }

    public static Map<String, Object> data(Match match) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", match.id());
        data.put("tenant", match.tenant());
        data.put("organization", match.organization());
        data.put("requestId", match.requestId());
        data.put("newcomerId", match.newcomerId());
        data.put("volunteerId", match.volunteerId());
        data.put("state", match.state().value());
        data.put("totalScore", match.explanation() == null ? null : match.explanation().totalScore());
        data.put("declinedBy", match.declinedBy());
        data.put("endReason", match.endReason() == null ? null : match.endReason().value());
        return data;
    }
}
