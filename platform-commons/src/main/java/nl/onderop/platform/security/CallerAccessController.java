package nl.onderop.platform.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;

/**
 * {@code GET <base-path>/access}: the caller as this service sees them (roles, tenants, organisation), so
 * a user interface or a script can tell what it may do without decoding tokens. Nothing personal is returned.
 */
@RestController
public class CallerAccessController {

    public record CallerAccess(List<String> roles, List<String> tenants, String organization) {
    }

    @GetMapping("${onderop.api.base-path}/access")
    public Mono<CallerAccess> access(@AuthenticationPrincipal PlatformPrincipal principal) {
        if (principal == null) {
            return Mono.error(ApiProblem.unauthorized());
        }
        Set<String> roles = new TreeSet<>();
        principal.roles().forEach(role -> roles.add(role.claimValue()));
        return Mono.just(new CallerAccess(List.copyOf(roles), List.copyOf(new TreeSet<>(principal.tenants())),
                principal.organization()));
    }
}
