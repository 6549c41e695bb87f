package nl.onderop.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key ids ({@code kid}) the identity provider publishes in its key set now, fetched at most once per
 * {@code interval}. {@link VerifiedTokenCache} asks it for every token, remembered or just verified: the
 * decoder's own copy of the key set is only refreshed when it meets an unknown key, so without this check a
 * key rotated out of the realm would keep its tokens valid until they expire. When the key set cannot be
 * fetched the last known one stays in use (the next try comes after a short pause).
 */
public final class SigningKeyIds {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyIds.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Duration MISSING_KEY_LOOKUP_PAUSE = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Snapshot(Set<String> ids, Instant checkedAt, Instant nextCheck) {
    }

    private final Supplier<Mono<Set<String>>> fetch;
    private final Duration interval;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(null, Instant.MIN, Instant.MIN);

    public SigningKeyIds(Supplier<Mono<Set<String>>> fetch, Duration interval, Clock clock) {
        this.fetch = fetch;
        this.interval = interval;
        this.clock = clock;
    }

    /** Reads the ids from a JWK set document at {@code jwkSetUri}. */
    public static SigningKeyIds of(String jwkSetUri, Duration interval) {
        WebClient client = WebClient.create();
        return new SigningKeyIds(() -> client.get().uri(jwkSetUri).retrieve().bodyToMono(String.class)
                .timeout(Duration.ofSeconds(5)).map(SigningKeyIds::parse), interval, Clock.systemUTC());
    }

    static Set<String> parse(String jwkSet) {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode keys = JSON.readTree(jwkSet).path("keys");
        keys.forEach(key -> {
            if (key.hasNonNull("kid")) {
                ids.add(key.get("kid").asString());
            }
        });
        return Set.copyOf(ids);
    }

    /**
     * Does the identity provider still publish this key? Checked against the ids of at most {@code interval} ago;
     * an id missing from them is looked up once more (a key added since), at most every few seconds. When no
     * key set could ever be fetched the answer is yes: the signature was checked against the decoder's own copy.
     */
    public Mono<Boolean> publishes(String keyId) {
        return current(false).flatMap(ids -> ids.contains(keyId) ? Mono.just(true)
                        : current(true).map(fresh -> fresh.contains(keyId)))
                .defaultIfEmpty(true);
    }

    private Mono<Set<String>> current(boolean missingKey) {
        Snapshot known = snapshot;
        Instant now = Instant.now(clock);
        boolean due = !now.isBefore(known.nextCheck())
                || missingKey && !now.isBefore(known.checkedAt().plus(MISSING_KEY_LOOKUP_PAUSE));
        if (!due) {
            return Mono.justOrEmpty(known.ids());
        }
        return fetch.get()
                .doOnNext(ids -> snapshot = new Snapshot(ids, now, now.plus(interval)))
                .onErrorResume(failed -> {
                    log.warn("Could not fetch the signing keys of the identity provider ({}); keeping the last known",
                            failed.getClass().getSimpleName());
                    snapshot = new Snapshot(known.ids(), now, now.plus(RETRY_AFTER_FAILURE));
                    return Mono.justOrEmpty(known.ids());
                });
    }
}
