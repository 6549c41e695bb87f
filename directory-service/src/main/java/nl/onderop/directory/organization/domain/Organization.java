package nl.onderop.directory.organization.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.onderop.directory.i18n.LocalizedText;

/**
 * An organisation on the sociale kaart of one municipality (its home tenant), possibly active in
 * neighbouring ones too. Plain Java: no Spring, no Mongo. {@code email} is a role address, never a person's.
 */
public record Organization(
        String id,
        String tenant,
        String slug,
        String name,
        OrganizationType type,
        LocalizedText description,
        String website,
        String email,
        List<String> phones,
        List<String> languages,
        Set<String> activeTenants,
        PublicationStatus status,
        long version,
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
        description = description == null ? LocalizedText.EMPTY : description;
        phones = phones == null ? List.of() : List.copyOf(phones);
        languages = languages == null ? List.of() : List.copyOf(languages);
        Set<String> active = new TreeSet<>(activeTenants == null ? Set.of() : activeTenants);
        active.add(tenant);
        activeTenants = Set.copyOf(active);
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public Organization withProfile(OrganizationProfile profile, Instant now) {
        return new Organization(id, tenant, slug, profile.name(), profile.type(), profile.description(),
                profile.website(), profile.email(), profile.phones(), profile.languages(), profile.activeTenants(), status,
                version + 1, createdAt, now);
    }

    public Organization withStatus(PublicationStatus newStatus, Instant now) {
        return new Organization(id, tenant, slug, name, type, description, website, email, phones, languages,
                activeTenants, newStatus, version + 1, createdAt, now);
    }

    /** Whether the profile gives this organisation another type. */
    public boolean wouldRetype(OrganizationProfile profile) {
        return profile.type() != type;
    }

    /** Whether the profile lists it in other tenants than now (its home tenant always counts). */
    public boolean wouldChangeActiveTenants(OrganizationProfile profile) {
        Set<String> proposed = new TreeSet<>(profile.activeTenants());
        proposed.add(tenant);
        return !proposed.equals(new TreeSet<>(activeTenants));
    }

    public boolean wouldRename(OrganizationProfile profile) {
        return !profile.name().equals(name);
    }

    public OrganizationProfile profile() {
        return new OrganizationProfile(name, type, description, website, email, phones, languages, activeTenants);
    }
}
