package nl.onderop.volunteers.attention.domain;

import java.time.Instant;

/**
 * One announced situation: a volunteer of an organisation needed attention for a reason since a day. The
 * key makes it unique, so a scan on any instance announces it once.
 */
public record AttentionOccurrence(String tenant, String organization, AttentionItem item, int weeks, Instant detectedAt) {

    public String key() {
        return String.join(":", tenant, organization, item.volunteerId(), item.reason().value(), item.since().toString());
    }
}
