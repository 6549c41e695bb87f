package nl.onderop.gateway.session;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether this gateway has a Redis: {@code spring.data.redis.host} ({@code SPRING_DATA_REDIS_HOST}) or
 * {@code spring.data.redis.url} is set. Without one the gateway never connects to a Redis (not even Boot's
 * default localhost:6379): sessions and rate limits are then kept in memory.
 */
public final class RedisConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }

    public static boolean in(Environment environment) {
        return hasText(environment.getProperty("spring.data.redis.host"))
                || hasText(environment.getProperty("spring.data.redis.url"));
    }

    /** The opposite, for the in-memory branch. */
    static final class Not implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !in(context.getEnvironment());
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
