package nl.onderop.directory.organization.adapter.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.organization.domain.OrganizationType;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.platform.events.OutboxMessage;

/** How an organisation is stored: with its tenant first and its pending events in the same document. */
@Document(OrganizationDocument.COLLECTION)
record OrganizationDocument(
        @Id String id,
        String tenant,
        String slug,
        String name,
        String type,
        String description,
        String website,
        String status,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "organizations";

    static OrganizationDocument from(Organization organization, List<OutboxMessage> events) {
        return new OrganizationDocument(organization.id(), organization.tenant(), organization.slug(), organization.name(),
                organization.type().value(), organization.description(), organization.website(),
                organization.status().name().toLowerCase(Locale.ROOT), organization.createdAt(), organization.updatedAt(),
                List.copyOf(events));
    }

    Organization toOrganization() {
        return new Organization(id, tenant, slug, name,
                OrganizationType.fromValue(type).orElseThrow(() -> new IllegalStateException("Stored type unknown: " + type)),
                description, website, PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT)), createdAt, updatedAt);
    }
}
