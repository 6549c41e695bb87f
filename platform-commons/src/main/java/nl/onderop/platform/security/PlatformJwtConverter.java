package nl.onderop.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * The one converter from a validated JWT to a {@link PlatformPrincipal}: realm roles from
 * {@code realm_access.roles}, tenants from the {@code tenants} claim (array or single string) and the
 * organisation slug from {@code org}. Used by every service and by the gateway.
 */
public final class PlatformJwtConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String TENANTS_CLAIM = "tenants";
    public static final String ORGANIZATION_CLAIM = "org";

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new PlatformAuthenticationToken(toPrincipal(jwt), jwt));
    }

    public PlatformPrincipal toPrincipal(Jwt jwt) {
        Set<PlatformRole> roles = new LinkedHashSet<>();
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> claimed) {
            claimed.forEach(role -> PlatformRole.fromClaim(String.valueOf(role)).ifPresent(roles::add));
        }
        Set<String> tenants = new LinkedHashSet<>();
        Object tenantClaim = jwt.getClaims().get(TENANTS_CLAIM);
        if (tenantClaim instanceof Collection<?> many) {
            many.forEach(tenant -> tenants.add(String.valueOf(tenant)));
        } else if (tenantClaim instanceof String one && !one.isBlank()) {
            tenants.add(one);
        }
        String organization = Optional.ofNullable(jwt.getClaimAsString(ORGANIZATION_CLAIM))
                .filter(org -> !org.isBlank())
                .orElse(null);
        return new PlatformPrincipal(jwt.getSubject(), roles, tenants, organization);
    }
}
