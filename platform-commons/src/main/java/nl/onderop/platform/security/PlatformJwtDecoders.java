package nl.onderop.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the decoder every resource server uses: only RS256 signatures (pinned, so {@code alg: none}, HS256
 * with the public key as secret and foreign keys fail) checked against the identity provider's key set; then an
 * {@code exp} that must be present and not past, issuer, audience, and the access-token type
 * ({@link AccessTokenTypeValidator}); then the signing key must still be published. Tokens that passed are
 * remembered (see {@link VerifiedTokenCache}) unless {@code onderop.security.verified-token-cache-size} is 0.
 */
public final class PlatformJwtDecoders {

    private PlatformJwtDecoders() {
    }

    public static ReactiveJwtDecoder create(OnderopSecurityProperties properties) {
        if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
            throw new IllegalStateException("Set onderop.security.issuer-uri (ONDEROP_OIDC_ISSUER_URI)");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                new AudienceValidator(properties.audience()),
                new AccessTokenTypeValidator());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return new VerifiedTokenCache(decoder, properties.verifiedTokenCacheSize(), properties.clockSkew(), Clock.systemUTC(),
                SigningKeyIds.of(properties.effectiveJwkSetUri(), properties.signingKeyCheckInterval()));
    }
}
