package nl.onderop.matching.access.adapter.web;

import java.util.stream.Collectors;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;

/** Translates the shared principal into the matching service's access rules; every web adapter uses it. */
public final class MatchingAccessOf {

    private MatchingAccessOf() {
    }

    public static MatchingAccess principal(PlatformPrincipal principal) {
        if (principal == null) {
            return MatchingAccess.ANONYMOUS;
        }
        return new MatchingAccess(principal.roles().stream().map(PlatformRole::claimValue).collect(Collectors.toSet()),
                principal.tenants(), principal.organization(), principal.subject());
    }
}
