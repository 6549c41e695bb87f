package nl.onderop.directory.organization.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An organisation on the sociale kaart of one municipality (its home tenant). Plain Java: no Spring, no Mongo.
 */
public record Organization(
        String id,
        String tenant,
        String slug,
        String name,
        OrganizationType type,
        String description,
        String website,
        PublicationStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }
}
