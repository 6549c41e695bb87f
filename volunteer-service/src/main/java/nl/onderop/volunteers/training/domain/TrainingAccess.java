package nl.onderop.volunteers.training.domain;

import java.util.Set;

/**
 * Who sees and does what with trainings, decided on the token's values. The owning organisation's
 * coordinator manages a training and sees every enrolment; the other organisations of the tenant (their
 * coordinators and volunteers) see only trainings open to the tenant. Municipality coordinators and
 * platform admins have no business with the enrolments (personal data) and are refused outright.
 */
public record TrainingAccess(Set<String> roles, Set<String> tenants, String organization, String subject) {

    public enum View { OWNER, ORGANIZATION, VOLUNTEER }

    public TrainingAccess {
        roles = Set.copyOf(roles);
        tenants = Set.copyOf(tenants);
    }

    public boolean isCoordinator() {
        return roles.contains("org-coordinator") && organization != null && tenants.size() == 1;
    }

    public boolean isVolunteer() {
        return subject != null && (roles.contains("volunteer") || roles.contains("newcomer"));
    }

    /** Coordinators and volunteers use trainings; everyone else gets a 403 before anything is looked up. */
    public boolean mayUseTrainings() {
        return isCoordinator() || isVolunteer();
    }

    public String soleTenant() {
        return tenants.size() == 1 ? tenants.iterator().next() : null;
    }

    public boolean owns(Training training) {
        return isCoordinator() && tenants.contains(training.tenant()) && organization.equals(training.organization());
    }

    /** Sees that the training exists; anything else answers 404, also for another tenant's trainings. */
    public boolean sees(Training training) {
        return mayUseTrainings() && tenants.contains(training.tenant())
                && (training.openToTenant() || training.organization().equals(organization));
    }

    /** Coordinators act for their organisation, volunteers for themselves; the owner sees every enrolment. */
    public View viewOf(Training training) {
        if (owns(training)) {
            return View.OWNER;
        }
        return isCoordinator() ? View.ORGANIZATION : View.VOLUNTEER;
    }
}
