package nl.onderop.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.core.publisher.Mono;

import nl.onderop.platform.web.TenantRegistry;

/**
 * The one converter from a validated JWT to a {@link PlatformPrincipal}: realm roles from
 * {@code realm_access.roles}, tenants from the {@code tenants} claim (array or single string) and the
 * organisation slug from {@code org}. Used by every service and by the gateway.
 *
 * <p>It is also the one place of the two rules that tie a caller to a tenant: every tenant in the token must
 * be one this installation serves, and a token with an {@code org} claim carries exactly one tenant (an
 * organisation belongs to one municipality; with several, {@code org=x} would act for {@code x} in each).
 * A token that breaks either rule is refused as an invalid token (401), before any service rule runs.
 */
public final class PlatformJwtConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String TENANTS_CLAIM = "tenants";
    public static final String ORGANIZATION_CLAIM = "org";

    private final TenantRegistry tenantRegistry;

    public PlatformJwtConverter(TenantRegistry tenantRegistry) {
        this.tenantRegistry = tenantRegistry;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromCallable(() -> new PlatformAuthenticationToken(checked(toPrincipal(jwt)), jwt));
    }

    private PlatformPrincipal checked(PlatformPrincipal principal) {
        if (!principal.tenants().stream().allMatch(tenantRegistry::isKnown)) {
            throw new InvalidBearerTokenException("The token names a tenant this installation does not serve.");
        }
        if (principal.organization() != null && principal.tenants().size() != 1) {
            throw new InvalidBearerTokenException("A token with an organisation must carry exactly one tenant.");
        }
        return principal;
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
