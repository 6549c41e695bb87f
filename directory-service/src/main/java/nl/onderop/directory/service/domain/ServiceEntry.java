package nl.onderop.directory.service.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import nl.onderop.directory.organization.domain.PublicationStatus;

/**
 * A service on the sociale kaart: its content, who offers it (organisation and its home tenant), whether it
 * is public, and when the municipality last verified it ({@code assuredDate}, HSDS). {@code version} guards
 * against lost updates; {@code verificationDueNotices} counts the overdue periods already announced.
 */
public record ServiceEntry(
        String id,
        String tenant,
        String organizationId,
        String organizationSlug,
        ServiceContent content,
        PublicationStatus publication,
        LocalDate assuredDate,
        String assurer,
        int verificationDueNotices,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final ZoneId DIRECTORY_ZONE = ZoneId.of("Europe/Amsterdam");

    public ServiceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(organizationSlug, "organizationSlug");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isPublished() {
        return publication == PublicationStatus.PUBLISHED;
    }

    /** The day the entry was last confirmed: its verification, or its creation when it was never verified. */
    public LocalDate lastConfirmedOn() {
        return assuredDate != null ? assuredDate : LocalDate.ofInstant(createdAt, DIRECTORY_ZONE);
    }

    public ServiceEntry withContent(ServiceContent newContent, Instant now) {
        return new ServiceEntry(id, tenant, organizationId, organizationSlug, newContent, publication, assuredDate,
                assurer, verificationDueNotices, version + 1, createdAt, now);
    }

    public boolean isVerified() {
        return assuredDate != null;
    }

    /**
     * Back to "to verify": the municipality's verification no longer holds for content it has not seen. The
     * entry then counts from its creation again, like one that was never verified, and its overdue notices
     * start over.
     */
    public ServiceEntry withoutVerification() {
        return new ServiceEntry(id, tenant, organizationId, organizationSlug, content, publication, null, null, 0,
                version, createdAt, updatedAt);
    }

    public ServiceEntry withPublication(PublicationStatus newPublication, Instant now) {
        return new ServiceEntry(id, tenant, organizationId, organizationSlug, content, newPublication, assuredDate,
                assurer, verificationDueNotices, version + 1, createdAt, now);
    }

    /** A verification starts a new period: earlier overdue notices no longer count. */
    public ServiceEntry verified(LocalDate on, String by, Instant now) {
        return new ServiceEntry(id, tenant, organizationId, organizationSlug, content, publication, on, by, 0,
                version + 1, createdAt, now);
    }

    public ServiceEntry withVerificationDueNotices(int notices) {
        return new ServiceEntry(id, tenant, organizationId, organizationSlug, content, publication, assuredDate,
                assurer, notices, version, createdAt, updatedAt);
    }
}
