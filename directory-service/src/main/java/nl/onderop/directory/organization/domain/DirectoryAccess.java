package nl.onderop.directory.organization.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who may see and register organisations, decided on plain values so that the rules are testable without
 * Spring. {@code roles} are realm role names; {@code tenants} and {@code organization} come from the token.
 */
public record DirectoryAccess(Set<String> roles, Set<String> tenants, String organization) {

    public static final DirectoryAccess ANONYMOUS = new DirectoryAccess(Set.of(), Set.of(), null);

    public DirectoryAccess {
        roles = Set.copyOf(roles);
        tenants = Set.copyOf(tenants);
    }

    /** Platform admins onboard organisations in any tenant; a municipality coordinator only in its own. */
    public boolean mayRegisterIn(String tenant) {
        return roles.contains("platform-admin")
                || roles.contains("municipality-coordinator") && tenants.contains(tenant);
    }

    /** Tenants in which this caller sees every draft: the platform admin's and a municipality coordinator's own. */
    public Set<String> draftTenants() {
        return roles.contains("platform-admin") || roles.contains("municipality-coordinator") ? tenants : Set.of();
    }

    /** The one organisation whose draft an org coordinator sees: its own. */
    public Optional<String> ownOrganization() {
        return roles.contains("org-coordinator") ? Optional.ofNullable(organization) : Optional.empty();
    }

    /** Published entries are public; a draft only inside its tenant, for its municipality and its own coordinator. */
    public boolean maySee(Organization candidate) {
        if (candidate.isPublished()) {
            return true;
        }
        if (draftTenants().contains(candidate.tenant())) {
            return true;
        }
        return tenants.contains(candidate.tenant()) && ownOrganization().filter(candidate.slug()::equals).isPresent();
    }
}
