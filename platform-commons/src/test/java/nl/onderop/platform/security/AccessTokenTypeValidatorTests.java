package nl.onderop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class AccessTokenTypeValidatorTests {

    private final AccessTokenTypeValidator validator = new AccessTokenTypeValidator();

    private static Jwt token(String headerTyp, String claimTyp) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").expiresAt(Instant.now().plusSeconds(60));
        if (headerTyp != null) {
            jwt.header("typ", headerTyp);
        }
        if (claimTyp != null) {
            jwt.claim("typ", claimTyp);
        }
        return jwt.build();
    }

    private boolean accepted(String headerTyp, String claimTyp) {
        return !validator.validate(token(headerTyp, claimTyp)).hasErrors();
    }

    @Test
    void acceptsAccessTokensAsKeycloakAndRfc9068IssuersMarkThem() {
        assertThat(accepted("JWT", "Bearer")).isTrue();
        assertThat(accepted(null, "Bearer")).isTrue();
        assertThat(accepted("at+jwt", null)).isTrue();
        assertThat(accepted("application/at+jwt", null)).isTrue();
    }

    @Test
    void refusesTheRealmsOtherTokensAndUnmarkedOnes() {
        assertThat(accepted("JWT", "ID")).isFalse();
        assertThat(accepted("JWT", "Refresh")).isFalse();
        assertThat(accepted("JWT", "Logout")).isFalse();
        assertThat(accepted("JWT", null)).isFalse();
        assertThat(accepted(null, null)).isFalse();
        assertThat(accepted("JWS", "Bearer")).isFalse();
        assertThat(accepted("logout+jwt", "Bearer")).isFalse();
    }
}
