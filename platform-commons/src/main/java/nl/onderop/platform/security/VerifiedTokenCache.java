package nl.onderop.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens this process has fully validated (signature, issuer, audience, expiry), keyed by the exact
 * token text, so a client that sends the same token on every call costs one RSA verification, not one per
 * request. A hit is re-checked for expiry and not-before; a changed byte is another key and goes through the
 * full validation. Bounded: past {@code maxEntries} expired entries are dropped, and if that is not enough,
 * all of them.
 */
public final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final int maxEntries;
    private final Duration clockSkew;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(ReactiveJwtDecoder delegate, int maxEntries, Duration clockSkew, Clock clock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (stillValid(known, Instant.now(clock))) {
                return Mono.just(known);
            }
            verified.remove(token);
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private boolean stillValid(Jwt jwt, Instant now) {
        boolean notExpired = jwt.getExpiresAt() != null && now.minus(clockSkew).isBefore(jwt.getExpiresAt());
        boolean started = jwt.getNotBefore() == null || !now.plus(clockSkew).isBefore(jwt.getNotBefore());
        return notExpired && started;
    }

    private void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= maxEntries) {
            Instant now = Instant.now(clock);
            verified.values().removeIf(entry -> !stillValid(entry, now));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }
}
