package nl.onderop.directory.organization.domain;

import java.util.ArrayList;
import java.util.List;
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
        return maySeeEntryOf(candidate.tenant(), candidate.slug(), candidate.isPublished());
    }

    /** The same rule for any directory entry (organisation or service) of an organisation in a tenant. */
    public boolean maySeeEntryOf(String tenant, String organizationSlug, boolean published) {
        if (published || draftTenants().contains(tenant)) {
            return true;
        }
        return isOwnOrganization(tenant, organizationSlug);
    }

    /** An org coordinator edits its own organisation's entries; a municipality coordinator every entry of its tenant. */
    public boolean mayEditEntryOf(String tenant, String organizationSlug) {
        return isMunicipalityCoordinatorIn(tenant) || isOwnOrganization(tenant, organizationSlug);
    }

    /** Verifying and publishing organisations is the municipality's coordinating role (regie). */
    public boolean mayVerifyIn(String tenant) {
        return isMunicipalityCoordinatorIn(tenant);
    }

    /**
     * What the directory says an organisation is and where it shows (its type, the tenants it is active in) is
     * the municipality's or the platform admin's to set, never the organisation's own.
     */
    public boolean mayClassifyIn(String tenant) {
        return mayRegisterIn(tenant);
    }

    /**
     * The fields of {@code proposed} this caller may not change on {@code current}; empty when the edit may go
     * ahead. Type and active tenants only the municipality (or the platform admin) sets; the name of a
     * published organisation too, since the municipality reviewed it when it published it. A draft or a
     * withdrawn organisation goes through that review again before it is public, so its own coordinator may
     * rename it.
     */
    public List<String> fieldsNotToChange(Organization current, OrganizationProfile proposed) {
        if (mayClassifyIn(current.tenant())) {
            return List.of();
        }
        List<String> refused = new ArrayList<>();
        if (current.isPublished() && current.wouldRename(proposed)) {
            refused.add("name");
        }
        if (current.wouldRetype(proposed)) {
            refused.add("type");
        }
        if (current.wouldChangeActiveTenants(proposed)) {
            refused.add("activeTenants");
        }
        return refused;
    }

    /** Organisations go public when the municipality or the platform admin who onboarded them says so. */
    public boolean mayPublishOrganizationIn(String tenant) {
        return mayRegisterIn(tenant);
    }

    public boolean maySeeInsightsOf(String tenant) {
        return isMunicipalityCoordinatorIn(tenant);
    }

    /** Entries of which the caller is told that their verification is due: its tenant's or its organisation's. */
    public boolean mayFollowUp(String tenant, String organizationSlug) {
        return mayEditEntryOf(tenant, organizationSlug);
    }

    public boolean isMunicipalityCoordinatorIn(String tenant) {
        return roles.contains("municipality-coordinator") && tenants.contains(tenant);
    }

    private boolean isOwnOrganization(String tenant, String organizationSlug) {
        return tenants.contains(tenant) && ownOrganization().filter(own -> own.equals(organizationSlug)).isPresent();
    }
}
