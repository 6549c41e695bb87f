package nl.onderop.gateway.ratelimit;

import org.springframework.http.HttpHeaders;

/**
 * The rate-limit headers of the IETF draft (RateLimit-Limit, -Remaining, -Reset in delta seconds) on every
 * limited response, and {@code Retry-After} on a refused one.
 */
final class RateLimitHeaders {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private RateLimitHeaders() {
    }

    static void write(HttpHeaders headers, RateLimitDecision decision) {
        headers.set(LIMIT, Long.toString(decision.limit()));
        headers.set(REMAINING, Long.toString(decision.remaining()));
        headers.set(RESET, Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds()));
        }
    }
}
