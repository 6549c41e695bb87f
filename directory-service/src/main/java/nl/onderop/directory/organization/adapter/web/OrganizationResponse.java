package nl.onderop.directory.organization.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.onderop.directory.organization.domain.Organization;

/** An organisation in the reader's language; {@code translations} holds every language for editors. */
public record OrganizationResponse(
        String id,
        String tenant,
        String slug,
        String name,
        String type,
        String description,
        String website,
        String email,
        List<String> phones,
        List<String> languages,
        List<String> activeTenants,
        String status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Map<String, String>> translations) {

    public static OrganizationResponse from(Organization organization, String language) {
        return new OrganizationResponse(organization.id(), organization.tenant(), organization.slug(), organization.name(),
                organization.type().value(), organization.description().in(language), organization.website(),
                organization.email(), organization.phones(), organization.languages(),
                organization.activeTenants().stream().sorted().toList(),
                organization.status().name().toLowerCase(Locale.ROOT), organization.version(), organization.createdAt(),
                organization.updatedAt(), Map.of("description", organization.description().values()));
    }
}
