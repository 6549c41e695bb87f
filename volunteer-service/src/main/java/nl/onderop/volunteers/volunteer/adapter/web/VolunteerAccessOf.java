package nl.onderop.volunteers.volunteer.adapter.web;

import java.util.stream.Collectors;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** Translates the shared principal into the volunteer service's access rules; every feature's web adapter uses it. */
public final class VolunteerAccessOf {

    private VolunteerAccessOf() {
    }

    public static VolunteerAccess principal(PlatformPrincipal principal) {
        if (principal == null) {
            return VolunteerAccess.ANONYMOUS;
        }
        return new VolunteerAccess(principal.roles().stream().map(PlatformRole::claimValue).collect(Collectors.toSet()),
                principal.tenants(), principal.organization(), principal.subject());
    }
}
