package nl.onderop.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The budgets per caller and window, and where they are counted (see docs/security.md, "Rate limits").
 *
 * @param store              {@code redis}, {@code memory}, or empty: Redis when {@code spring.data.redis.host}
 *                           (or {@code .url}) is set, memory otherwise
 * @param window             the length of a window (default one minute)
 * @param publicReads        anonymous reads of the public directory per client address
 * @param authenticatedReads reads per signed-in caller
 * @param writes             POST, PUT, PATCH and DELETE per caller
 * @param tokenHeavy         exports, imports, matching runs and candidate rebuilds per caller
 * @param redisTimeout       how long a Redis command may take before the call is counted in memory
 * @param redisRetryInterval after a Redis failure, how long to count in memory before trying Redis again
 */
@ConfigurationProperties("onderop.gateway.rate-limit")
public record RateLimitProperties(String store, Duration window, Integer publicReads, Integer authenticatedReads,
                                  Integer writes, Integer tokenHeavy, Duration redisTimeout,
                                  Duration redisRetryInterval) {

    public RateLimitProperties {
        window = positive(window, Duration.ofMinutes(1), "window");
        publicReads = positive(publicReads, 300, "public-reads");
        authenticatedReads = positive(authenticatedReads, 600, "authenticated-reads");
        writes = positive(writes, 120, "writes");
        tokenHeavy = positive(tokenHeavy, 10, "token-heavy");
        redisTimeout = positive(redisTimeout, Duration.ofMillis(300), "redis-timeout");
        redisRetryInterval = positive(redisRetryInterval, Duration.ofSeconds(1), "redis-retry-interval");
    }

    int limitOf(Budget budget) {
        return switch (budget) {
            case PUBLIC_READS -> publicReads;
            case AUTHENTICATED_READS -> authenticatedReads;
            case WRITES -> writes;
            case TOKEN_HEAVY -> tokenHeavy;
        };
    }

    /** A budget of 0 or less would be no budget or no service at all: refuse to start rather than guess. */
    private static Integer positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new IllegalArgumentException("onderop.gateway.rate-limit." + name + " must be at least 1, was " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("onderop.gateway.rate-limit." + name + " must be positive, was " + value);
        }
        return value;
    }
}
