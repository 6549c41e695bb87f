package nl.onderop.matching.access.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The caller as the matching service sees it, on plain values. Org coordinators see their own organisation's
 * newcomers, requests and matches; a newcomer and a volunteer see their own; municipality coordinators and
 * platform admins see no personal data here at all.
 */
public record MatchingAccess(Set<String> roles, Set<String> tenants, String organization, String subject) {

    public static final MatchingAccess ANONYMOUS = new MatchingAccess(Set.of(), Set.of(), null, null);

    public MatchingAccess {
        roles = Set.copyOf(roles);
        tenants = Set.copyOf(tenants);
    }

    /** The caller's tenant when its token names exactly one. */
    public Optional<String> soleTenant() {
        return tenants.size() == 1 ? Optional.of(tenants.iterator().next()) : Optional.empty();
    }

    public boolean isCoordinator() {
        return roles.contains("org-coordinator") && organization != null;
    }

    /** Coordinator of exactly this organisation in this tenant. */
    public boolean coordinates(String tenant, String org) {
        return isCoordinator() && tenants.contains(tenant) && organization.equals(org);
    }

    public boolean isNewcomer() {
        return roles.contains("newcomer") && subject != null;
    }

    public boolean isVolunteer() {
        return roles.contains("volunteer") && subject != null;
    }

    public boolean isPlatformAdmin() {
        return roles.contains("platform-admin");
    }

    /** Is {@code account} the caller's own account? */
    public boolean is(String account) {
        return subject != null && subject.equals(account);
    }
}
