package nl.onderop.gateway.ratelimit;

import java.util.Locale;

import org.springframework.core.env.Environment;

import nl.onderop.gateway.session.RedisConfigured;

/** Where the gateway counts calls. */
enum RateLimitStore {

    /** In Redis, shared by every replica; in memory while Redis cannot be reached. */
    REDIS,
    /** In this instance's memory only: a developer's machine without Redis, or a single replica. */
    MEMORY;

    static RateLimitStore resolve(String configured, Environment environment) {
        if (configured == null || configured.isBlank()) {
            return RedisConfigured.in(environment) ? REDIS : MEMORY;
        }
        return switch (configured.trim().toLowerCase(Locale.ROOT)) {
            case "redis" -> REDIS;
            case "memory" -> MEMORY;
            default -> throw new IllegalArgumentException(
                    "onderop.gateway.rate-limit.store must be redis or memory, was " + configured);
        };
    }
}
