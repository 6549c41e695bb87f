package nl.onderop.reporting.directorysummary.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who reads aggregated reports of which tenant: coordinators and the platform admin, for tenants they act in.
 * Volunteers and newcomers have no use for them.
 */
public record ReportAccess(Set<String> roles, Set<String> tenants) {

    private static final Set<String> READERS = Set.of("municipality-coordinator", "org-coordinator", "platform-admin");

    public ReportAccess {
        roles = Set.copyOf(roles);
        tenants = Set.copyOf(tenants);
    }

    public boolean mayReadReports() {
        return roles.stream().anyMatch(READERS::contains);
    }

    public boolean mayReadTenant(String tenant) {
        return mayReadReports() && tenants.contains(tenant);
    }

    /** The tenant a report is about when the caller did not name one: their only tenant. */
    public Optional<String> defaultTenant() {
        return tenants.size() == 1 ? Optional.of(tenants.iterator().next()) : Optional.empty();
    }
}
