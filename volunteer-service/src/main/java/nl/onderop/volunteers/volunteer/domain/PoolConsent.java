package nl.onderop.volunteers.volunteer.domain;

import java.time.Instant;

/**
 * The volunteer's consent to be visible (without contact details) to the other organisations of the tenant,
 * recorded with its time and the version of the text agreed to. Withdrawn consent is kept as {@code given=false}.
 */
public record PoolConsent(boolean given, Instant at, String textVersion) {

    public static final String CURRENT_TEXT_VERSION = "pool-2026.1";
    public static final PoolConsent NOT_GIVEN = new PoolConsent(false, null, null);
}
