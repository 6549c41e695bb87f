package nl.onderop.directory.web;

import java.util.Optional;
import java.util.Set;

import nl.onderop.platform.errors.ApiProblem;

/** The tenant a request is about: the one named, or the caller's only tenant; a 400 when that is ambiguous. */
public final class CallerTenant {

    private CallerTenant() {
    }

    public static String choose(Optional<String> requested, Set<String> callerTenants) {
        return requested.or(() -> callerTenants.size() == 1
                        ? Optional.of(callerTenants.iterator().next()) : Optional.empty())
                .orElseThrow(() -> ApiProblem.invalid("tenant", "required", "Name the tenant: you act in none or several."));
    }
}
