package nl.onderop.volunteers.volunteer.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who sees what of a volunteer, decided on plain values. An org coordinator sees and manages the volunteers
 * of its own organisation; it sees the tenant pool (consenting, active volunteers of other organisations)
 * without contact details. A volunteer sees itself. Municipality coordinators and platform admins see no
 * personal data of volunteers at all.
 */
public record VolunteerAccess(Set<String> roles, Set<String> tenants, String organization, String subject) {

    public enum View { FULL, POOL, NONE }

    public static final VolunteerAccess ANONYMOUS = new VolunteerAccess(Set.of(), Set.of(), null, null);

    public VolunteerAccess {
        roles = Set.copyOf(roles);
        tenants = Set.copyOf(tenants);
    }

    /** The caller's tenant when its token names exactly one; accounts acting for several tenants get none. */
    public Optional<String> soleTenant() {
        return tenants.size() == 1 ? Optional.of(tenants.iterator().next()) : Optional.empty();
    }

    public boolean isCoordinator() {
        return roles.contains("org-coordinator") && organization != null;
    }

    public boolean isCoordinatorIn(String tenant) {
        return isCoordinator() && tenants.contains(tenant);
    }

    public boolean isSelf(Volunteer volunteer) {
        return subject != null && subject.equals(volunteer.account());
    }

    /** May this caller hold a volunteer profile of its own (the volunteer and newcomer roles)? */
    public boolean mayHaveOwnProfile() {
        return subject != null && (roles.contains("volunteer") || roles.contains("newcomer"));
    }

    /** Is the caller a newcomer (who volunteers too)? Its own profile then starts with the newcomer flag. */
    public boolean isNewcomer() {
        return roles.contains("newcomer");
    }

    public View viewOf(Volunteer volunteer) {
        if (volunteer.isErased()) {
            return View.NONE;
        }
        if (isSelf(volunteer)) {
            return View.FULL;
        }
        if (isCoordinatorIn(volunteer.tenant()) && volunteer.isMemberOf(organization)) {
            return View.FULL;
        }
        if (isCoordinatorIn(volunteer.tenant()) && volunteer.isInPool()) {
            return View.POOL;
        }
        return View.NONE;
    }

    /** Changing a volunteer's profile or status: its own organisation's coordinator. */
    public boolean mayManage(Volunteer volunteer) {
        return isCoordinatorIn(volunteer.tenant()) && volunteer.isMemberOf(organization);
    }
}
