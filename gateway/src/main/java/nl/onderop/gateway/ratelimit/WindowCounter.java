package nl.onderop.gateway.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** Counts one more call in a fixed window that starts with a key's first call and lasts {@code window}. */
interface WindowCounter {

    Mono<WindowCount> increment(String key, Duration window);
}
