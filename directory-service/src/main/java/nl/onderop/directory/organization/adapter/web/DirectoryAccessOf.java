package nl.onderop.directory.organization.adapter.web;

import java.util.stream.Collectors;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;

/** Translates the shared principal (or no principal: anonymous) into the directory's access rules. */
public final class DirectoryAccessOf {

    private DirectoryAccessOf() {
    }

    public static DirectoryAccess principal(PlatformPrincipal principal) {
        if (principal == null) {
            return DirectoryAccess.ANONYMOUS;
        }
        return new DirectoryAccess(
                principal.roles().stream().map(PlatformRole::claimValue).collect(Collectors.toSet()),
                principal.tenants(),
                principal.organization());
    }
}
