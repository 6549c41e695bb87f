package nl.onderop.volunteers.task.adapter.web;

import java.util.stream.Collectors;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** Translates the shared principal into the caller the volunteer service's rules decide on. */
final class TaskCallerOf {

    private TaskCallerOf() {
    }

    static VolunteerAccess principal(PlatformPrincipal principal) {
        if (principal == null) {
            return VolunteerAccess.ANONYMOUS;
        }
        return new VolunteerAccess(principal.roles().stream().map(PlatformRole::claimValue).collect(Collectors.toSet()),
                principal.tenants(), principal.organization(), principal.subject());
    }
}
