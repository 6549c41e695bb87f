package nl.onderop.matching.match.domain;

import java.time.Instant;

/** One side's consent to a match: given by the person itself, or recorded by the coordinator for a person without an account. */
public record Answer(boolean accepted, String recordedBy, Instant at) {

    public static final String SELF = "self";
    public static final String COORDINATOR = "coordinator";
}
