package nl.onderop.directory.organization.adapter.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.directory.i18n.LocalizedText;
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
        Object description,
        String website,
        String email,
        List<String> phones,
        List<String> languages,
        List<String> activeTenants,
        String status,
        Long version,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "organizations";

    static OrganizationDocument from(Organization organization, List<OutboxMessage> events) {
        return new OrganizationDocument(organization.id(), organization.tenant(), organization.slug(), organization.name(),
                organization.type().value(), organization.description().values(), organization.website(),
                organization.email(), organization.phones(), organization.languages(),
                organization.activeTenants().stream().sorted().toList(),
                organization.status().name().toLowerCase(Locale.ROOT), organization.version(), organization.createdAt(),
                organization.updatedAt(), List.copyOf(events));
    }

    /** Releases before the multilingual directory stored the description as one Dutch string. */
    @SuppressWarnings("unchecked")
    private static LocalizedText description(Object stored) {
        if (stored instanceof Map<?, ?> texts) {
            return LocalizedText.ofNullable((Map<String, String>) texts);
        }
        return stored == null ? LocalizedText.EMPTY : LocalizedText.dutch(stored.toString());
    }

    Organization toOrganization() {
        return new Organization(id, tenant, slug, name,
                OrganizationType.fromValue(type).orElseThrow(() -> new IllegalStateException("Stored type unknown: " + type)),
                description(description), website, email, phones, languages,
                activeTenants == null ? Set.of() : Set.copyOf(activeTenants),
                PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT)), version == null ? 1 : version, createdAt,
                updatedAt);
    }
}
