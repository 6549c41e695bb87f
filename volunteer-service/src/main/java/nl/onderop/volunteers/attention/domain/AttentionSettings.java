package nl.onderop.volunteers.attention.domain;

import java.time.Instant;

/** An organisation's choice of window for its early warnings. */
public record AttentionSettings(String tenant, String organization, int weeks, Instant updatedAt) {

    public static AttentionSettings defaults(String tenant, String organization) {
        return new AttentionSettings(tenant, organization, AttentionRules.DEFAULT_WEEKS, null);
    }
}
