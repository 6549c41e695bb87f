package nl.onderop.platform.security;

import java.util.Locale;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Only access tokens open the API: an ID token, a refresh token or a logout token of the same realm is signed
 * by the same key and would otherwise pass. Keycloak marks its access tokens with the claim {@code typ: Bearer}
 * (header {@code typ: JWT}); an RFC 9068 issuer with the header {@code typ: at+jwt}. A token must carry one of
 * the two marks, and a header {@code typ}, when present, must be {@code JWT} or {@code at+jwt}.
 */
public final class AccessTokenTypeValidator implements OAuth2TokenValidator<Jwt> {

    private static final Set<String> ACCESS_TOKEN_HEADERS = Set.of("at+jwt", "application/at+jwt");
    private static final OAuth2Error NOT_AN_ACCESS_TOKEN = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token is not an access token (typ)", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Object headerValue = jwt.getHeaders().get("typ");
        String header = headerValue == null ? null : headerValue.toString().toLowerCase(Locale.ROOT);
        boolean accessHeader = header != null && ACCESS_TOKEN_HEADERS.contains(header);
        if (header != null && !accessHeader && !"jwt".equals(header)) {
            return OAuth2TokenValidatorResult.failure(NOT_AN_ACCESS_TOKEN);
        }
        boolean bearerClaim = "Bearer".equalsIgnoreCase(jwt.getClaimAsString("typ"));
        return accessHeader || bearerClaim ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(NOT_AN_ACCESS_TOKEN);
    }
}
