package nl.onderop.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, taken from a validated access token and nothing else: subject, realm roles, the tenants
 * (municipalities) the caller acts in and, for organisation members, the organisation slug.
 */
public record PlatformPrincipal(String subject, Set<PlatformRole> roles, Set<String> tenants, String organization) {

    public PlatformPrincipal {
        roles = Set.copyOf(roles);
        tenants = Set.copyOf(tenants);
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    public boolean actsIn(String tenant) {
        return tenants.contains(tenant);
    }

    public Optional<String> organizationSlug() {
        return Optional.ofNullable(organization);
    }

    public boolean isMemberOf(String tenant, String organizationSlug) {
        return actsIn(tenant) && organizationSlug != null && organizationSlug.equals(organization);
    }

    /** The one tenant of a caller who acts in exactly one; empty for callers with none or several. */
    public Optional<String> soleTenant() {
        return tenants.size() == 1 ? Optional.of(tenants.iterator().next()) : Optional.empty();
    }
}
