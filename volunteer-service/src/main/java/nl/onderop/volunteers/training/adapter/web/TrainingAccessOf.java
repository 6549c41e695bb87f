package nl.onderop.volunteers.training.adapter.web;

import java.util.Set;
import java.util.stream.Collectors;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;
import nl.onderop.volunteers.training.domain.TrainingAccess;

/** Translates the shared principal into the training rules' values. */
final class TrainingAccessOf {

    private TrainingAccessOf() {
    }

    static TrainingAccess principal(PlatformPrincipal principal) {
        if (principal == null) {
            return new TrainingAccess(Set.of(), Set.of(), null, null);
        }
        return new TrainingAccess(principal.roles().stream().map(PlatformRole::claimValue).collect(Collectors.toSet()),
                principal.tenants(), principal.organization(), principal.subject());
    }
}
