package nl.onderop.matching.referral.domain;

import java.util.Objects;

/**
 * What referrals need of a directory service, kept from the directory's events: who offers it (organisation id
 * and, from newer events, its slug, which org coordinators' tokens carry), its Dutch name, whether it is
 * published and whether it runs. {@code version} is the directory's, so an older event never wins.
 */
public record ListedService(String serviceId, String tenant, String organizationId, String organizationSlug,
                            String name, boolean published, String status, long version) {

    public static final String ACTIVE = "active";

    public ListedService {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organizationId, "organizationId");
    }

    /** Published and running: a newcomer can be referred to it now. */
    public boolean takesReferrals() {
        return published && (status == null || ACTIVE.equals(status));
    }

    public ListedService withOrganizationSlug(String slug) {
        return new ListedService(serviceId, tenant, organizationId, slug, name, published, status, version);
    }
}
