package nl.onderop.matching.match.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The lifecycle seen in the field (Takecarebnb: intake, meeting with a matchmaker, trial, reflection):
 * proposed → approved (coordinator) → accepted (volunteer and newcomer) → introduction → trial → active → ended;
 * declined from proposed or approved by the coordinator, the volunteer or the newcomer.
 */
public enum MatchState {
    PROPOSED,
    APPROVED,
    ACCEPTED,
    INTRODUCTION,
    TRIAL,
    ACTIVE,
    ENDED,
    DECLINED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MatchState> fromValue(String value) {
        return Arrays.stream(values()).filter(state -> state.value().equals(value)).findFirst();
    }

    /** Still running or still to be decided: it takes a place of the volunteer's capacity. */
    public boolean isLive() {
        return this != ENDED && this != DECLINED;
    }

    /** The two people have met: the match can be ended, evaluated and advanced. */
    public boolean isUnderway() {
        return this == INTRODUCTION || this == TRIAL || this == ACTIVE;
    }
}
