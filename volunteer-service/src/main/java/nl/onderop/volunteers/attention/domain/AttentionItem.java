package nl.onderop.volunteers.attention.domain;

import java.time.LocalDate;

/** One reason to look at one volunteer, and the day the situation began (which also identifies the occurrence). */
public record AttentionItem(String volunteerId, String firstName, AttentionReason reason, LocalDate since) {
}
