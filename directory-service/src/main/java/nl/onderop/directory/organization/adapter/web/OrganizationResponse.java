package nl.onderop.directory.organization.adapter.web;

import java.time.Instant;
import java.util.Locale;

import nl.onderop.directory.organization.domain.Organization;

record OrganizationResponse(
        String id,
        String tenant,
        String slug,
        String name,
        String type,
        String description,
        String website,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    static OrganizationResponse from(Organization organization) {
        return new OrganizationResponse(organization.id(), organization.tenant(), organization.slug(), organization.name(),
                organization.type().value(), organization.description(), organization.website(),
                organization.status().name().toLowerCase(Locale.ROOT), organization.createdAt(), organization.updatedAt());
    }
}
