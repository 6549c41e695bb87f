package nl.onderop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /**
     * Stands in for the full validation: records what it was asked, accepts tokens starting with "good"; the
     * part after the last "@" is the key id that signed it (default k1), as the decoder's own key-set copy knows it.
     */
    private static final class RecordingDecoder implements ReactiveJwtDecoder {
        final List<String> asked = new ArrayList<>();
        Instant expiresAt = NOW.plusSeconds(300);

        @Override
        public Mono<Jwt> decode(String token) {
            asked.add(token);
            if (!token.startsWith("good")) {
                return Mono.error(new BadJwtException("invalid"));
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("s")
                    .issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt);
            if (!token.endsWith("@")) {
                jwt.header("kid", token.contains("@") ? token.substring(token.lastIndexOf('@') + 1) : "k1");
            }
            return Mono.just(jwt.build());
        }
    }

    /** The key set the identity provider publishes, changeable by the test; counts how often it was fetched. */
    private static final class PublishedKeys {
        volatile Set<String> ids = Set.of("k1");
        volatile boolean reachable = true;
        final AtomicInteger fetches = new AtomicInteger();

        SigningKeyIds source(Clock clock) {
            return new SigningKeyIds(() -> {
                fetches.incrementAndGet();
                return reachable ? Mono.just(ids) : Mono.error(new IllegalStateException("down"));
            }, Duration.ofSeconds(60), clock);
        }
    }

    private static VerifiedTokenCache cache(RecordingDecoder full, int size, Clock clock) {
        return new VerifiedTokenCache(full, size, Duration.ZERO, clock, new PublishedKeys().source(clock));
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
        VerifiedTokenCache cache = cache(full, 100, clock);

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
        VerifiedTokenCache cache = cache(full, 100, new MovableClock());

        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-1x")).expectNextCount(1).verifyComplete();
        assertThat(full.asked).containsExactly("forged", "forged", "good-1", "good-1x");
    }

    @Test
    void staysWithinItsBound() {
        RecordingDecoder full = new RecordingDecoder();
        VerifiedTokenCache cache = cache(full, 10, new MovableClock());
        for (int i = 0; i < 25; i++) {
            StepVerifier.create(cache.decode("good-" + i)).expectNextCount(1).verifyComplete();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void aKeyRotatedOutOfTheRealmEndsItsTokensRememberedOrNotAndForgetsThem() {
        RecordingDecoder full = new RecordingDecoder();
        MovableClock clock = new MovableClock();
        PublishedKeys keys = new PublishedKeys();
        VerifiedTokenCache cache = new VerifiedTokenCache(full, 100, Duration.ZERO, clock, keys.source(clock));
        StepVerifier.create(cache.decode("good-a")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-b")).expectNextCount(1).verifyComplete();
        assertThat(cache.size()).isEqualTo(2);

        keys.ids = Set.of("k2");
        clock.now = NOW.plusSeconds(61);
        StepVerifier.create(cache.decode("good-a")).expectError(BadJwtException.class).verify();
        assertThat(cache.size()).as("every remembered token of the rotated key is forgotten").isZero();
        // the decoder's own stale copy of the key set still accepts the signature: the check refuses it anyway
        StepVerifier.create(cache.decode("good-b")).expectError(BadJwtException.class).verify();
        assertThat(full.asked).containsExactly("good-a", "good-b", "good-b");
        // a token of the new key is accepted
        StepVerifier.create(cache.decode("good-c@k2")).expectNextCount(1).verifyComplete();
    }

    @Test
    void aKeyAddedSinceTheLastLookIsLookedUpOnceMoreAndTheLastKnownSetOutlivesAnOutage() {
        RecordingDecoder full = new RecordingDecoder();
        MovableClock clock = new MovableClock();
        PublishedKeys keys = new PublishedKeys();
        VerifiedTokenCache cache = new VerifiedTokenCache(full, 100, Duration.ZERO, clock, keys.source(clock));
        StepVerifier.create(cache.decode("good-a")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-a")).expectNextCount(1).verifyComplete();
        assertThat(keys.fetches).as("fetched once per interval, not per request").hasValue(1);

        keys.ids = Set.of("k1", "k2");
        clock.now = NOW.plusSeconds(2);
        StepVerifier.create(cache.decode("good-new@k2")).expectNextCount(1).verifyComplete();
        assertThat(keys.fetches).hasValue(2);

        keys.reachable = false;
        clock.now = NOW.plusSeconds(200);
        StepVerifier.create(cache.decode("good-a")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-x@k9")).expectError(BadJwtException.class).verify();
    }

    @Test
    void aTokenWithoutAKeyIdIsRefused() {
        RecordingDecoder full = new RecordingDecoder();
        VerifiedTokenCache cache = cache(full, 100, new MovableClock());
        StepVerifier.create(cache.decode("good-nokid@")).expectError(BadJwtException.class).verify();
        assertThat(cache.size()).isZero();
    }

    @Test
    void theKeySetDocumentGivesItsKeyIds() {
        assertThat(SigningKeyIds.parse("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"a\"},{\"kty\":\"RSA\"},{\"kid\":\"b\"}]}"))
                .containsExactlyInAnyOrder("a", "b");
    }
}
