package nl.onderop.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens this process has fully validated (signature, issuer, audience, expiry), keyed by the exact
 * token text, so a client that sends the same token on every call costs one RSA verification, not one per
 * request. A hit is re-checked for expiry and not-before; a changed byte is another key and goes through the
 * full validation. Bounded: past {@code maxEntries} expired entries are dropped, and if that is not enough,
 * all of them; with {@code maxEntries} 0 nothing is remembered. Every token, remembered or just verified, is
 * also checked against the key set the identity provider publishes now ({@link SigningKeyIds}): when the key
 * that signed it has been rotated out, the token is refused and every remembered token of that key forgotten.
 * A token without a {@code kid} is refused.
 */
public final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final int maxEntries;
    private final Duration clockSkew;
    private final Clock clock;
    private final SigningKeyIds keyIds;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(ReactiveJwtDecoder delegate, int maxEntries, Duration clockSkew, Clock clock,
                              SigningKeyIds keyIds) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.clockSkew = clockSkew;
        this.clock = clock;
        this.keyIds = keyIds;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null && !stillValid(known, Instant.now(clock))) {
            verified.remove(token);
            known = null;
        }
        Mono<Jwt> decoded = known != null ? Mono.just(known) : delegate.decode(token).flatMap(VerifiedTokenCache::withKeyId);
        return decoded.flatMap(jwt -> keyIds.publishes(keyId(jwt)).flatMap(published -> {
            if (!published) {
                String rotatedOut = keyId(jwt);
                verified.values().removeIf(entry -> rotatedOut.equals(keyId(entry)));
                return Mono.error(new BadJwtException("The key that signed the token is no longer published."));
            }
            remember(token, jwt);
            return Mono.just(jwt);
        }));
    }

    private static Mono<Jwt> withKeyId(Jwt jwt) {
        return keyId(jwt) == null ? Mono.error(new BadJwtException("The token names no signing key (kid).")) : Mono.just(jwt);
    }

    private static String keyId(Jwt jwt) {
        Object kid = jwt.getHeaders().get("kid");
        return kid == null ? null : kid.toString();
    }

    private boolean stillValid(Jwt jwt, Instant now) {
        boolean notExpired = jwt.getExpiresAt() != null && now.minus(clockSkew).isBefore(jwt.getExpiresAt());
        boolean started = jwt.getNotBefore() == null || !now.plus(clockSkew).isBefore(jwt.getNotBefore());
        return notExpired && started;
    }

    private void remember(String token, Jwt jwt) {
        if (maxEntries <= 0 || jwt.getExpiresAt() == null || verified.containsKey(token)) {
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
