package nl.onderop.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and what they must say. Every value has an environment variable in the
 * README's configuration table (ONDEROP_OIDC_ISSUER_URI, ONDEROP_OIDC_JWK_SET_URI, ONDEROP_OIDC_AUDIENCE).
 *
 * @param issuerUri      the exact {@code iss} every token must carry
 * @param jwkSetUri      where the signing keys are fetched; defaults to Keycloak's certs endpoint under the issuer
 * @param audience       the {@code aud} value every token must contain
 * @param clockSkew      tolerance on {@code exp} and {@code nbf}
 * @param publicGetPaths path patterns that anonymous callers may read (GET only)
 * @param verifiedTokenCacheSize how many fully validated tokens to remember (0: validate every request in full)
 * @param signingKeyCheckInterval how often a remembered token's key is checked against the published key set
 */
@ConfigurationProperties("onderop.security")
public record OnderopSecurityProperties(
        String issuerUri,
        String jwkSetUri,
        String audience,
        Duration clockSkew,
        List<String> publicGetPaths,
        Integer verifiedTokenCacheSize,
        Duration signingKeyCheckInterval) {

    public OnderopSecurityProperties {
        audience = audience == null || audience.isBlank() ? "onderop-api" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
        verifiedTokenCacheSize = verifiedTokenCacheSize == null ? 10_000 : verifiedTokenCacheSize;
        signingKeyCheckInterval = signingKeyCheckInterval == null ? Duration.ofMinutes(1) : signingKeyCheckInterval;
    }

    public String effectiveJwkSetUri() {
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            return jwkSetUri;
        }
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("Set onderop.security.issuer-uri (ONDEROP_OIDC_ISSUER_URI)");
        }
        return issuerUri + "/protocol/openid-connect/certs";
    }
}
