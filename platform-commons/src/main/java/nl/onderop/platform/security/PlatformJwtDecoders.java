package nl.onderop.platform.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the decoder every resource server uses: RS256 signatures checked against the identity provider's
 * key set (so {@code alg: none} and foreign keys fail), then issuer, expiry and audience. Tokens that passed
 * are remembered (see {@link VerifiedTokenCache}) unless {@code onderop.security.verified-token-cache-size} is 0.
 */
public final class PlatformJwtDecoders {

    private PlatformJwtDecoders() {
    }

    public static ReactiveJwtDecoder create(OnderopSecurityProperties properties) {
        if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
            throw new IllegalStateException("Set onderop.security.issuer-uri (ONDEROP_OIDC_ISSUER_URI)");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                new AudienceValidator(properties.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        if (properties.verifiedTokenCacheSize() <= 0) {
            return decoder;
        }
        return new VerifiedTokenCache(decoder, properties.verifiedTokenCacheSize(), properties.clockSkew(), Clock.systemUTC());
    }
}
