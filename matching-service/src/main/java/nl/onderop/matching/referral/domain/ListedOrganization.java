package nl.onderop.matching.referral.domain;

import java.util.Objects;

/** A directory organisation's id and the slug its coordinators' tokens carry, from the directory's events. */
public record ListedOrganization(String organizationId, String tenant, String slug) {

    public ListedOrganization {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
    }
}
