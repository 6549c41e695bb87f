package nl.onderop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** Stands in for the full validation: records what it was asked, accepts tokens starting with "good". */
    private static final class RecordingDecoder implements ReactiveJwtDecoder {
        final List<String> asked = new ArrayList<>();
        Instant expiresAt = NOW.plusSeconds(300);

        @Override
        public Mono<Jwt> decode(String token) {
            asked.add(token);
            if (!token.startsWith("good")) {
                return Mono.error(new BadJwtException("invalid"));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("s")
                    .issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt).build());
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aTokenIsFullyValidatedOnceAndThenRememberedUntilItExpires() {
        RecordingDecoder full = new RecordingDecoder();
        MovableClock clock = new MovableClock();
        VerifiedTokenCache cache = new VerifiedTokenCache(full, 100, Duration.ZERO, clock);

        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();
        assertThat(full.asked).containsExactly("good-1");

        clock.now = NOW.plusSeconds(301);
        full.expiresAt = NOW.plusSeconds(300);
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();
        assertThat(full.asked).as("an expired entry goes through the full validation again").hasSize(2);
    }

    @Test
    void refusedTokensAreNeverRememberedAndEveryOtherTokenIsValidated() {
        RecordingDecoder full = new RecordingDecoder();
        VerifiedTokenCache cache = new VerifiedTokenCache(full, 100, Duration.ZERO, new MovableClock());

        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-1x")).expectNextCount(1).verifyComplete();
        assertThat(full.asked).containsExactly("forged", "forged", "good-1", "good-1x");
    }

    @Test
    void staysWithinItsBound() {
        RecordingDecoder full = new RecordingDecoder();
        VerifiedTokenCache cache = new VerifiedTokenCache(full, 10, Duration.ZERO, new MovableClock());
        for (int i = 0; i < 25; i++) {
            StepVerifier.create(cache.decode("good-" + i)).expectNextCount(1).verifyComplete();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }
}
