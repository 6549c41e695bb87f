package nl.onderop.matching.newcomer.domain;

import java.time.Instant;
import java.util.Objects;

/** Consent for one purpose ({@code matching}, {@code referral}, {@code story-publication}), with the text version and when. */
public record Consent(String purpose, String version, Instant givenAt) {

    public static final String MATCHING = "matching";

    public Consent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
