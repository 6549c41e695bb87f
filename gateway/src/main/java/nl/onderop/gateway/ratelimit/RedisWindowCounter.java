package nl.onderop.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Fixed windows in Redis, counted by one Lua script (increment, start the window's expiry, read what is left of
 * it) so concurrent calls on any replica never lose a count. A command that does not answer within
 * {@code timeout} fails, so a stalled Redis costs a request at most that long.
 */
final class RedisWindowCounter implements WindowCounter {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> FIXED_WINDOW =
            RedisScript.of(new ClassPathResource("nl/onderop/gateway/ratelimit/fixed-window.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    RedisWindowCounter(ReactiveStringRedisTemplate redis, Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
    }

    @Override
    public Mono<WindowCount> increment(String key, Duration window) {
        return redis.execute(FIXED_WINDOW, List.of(key), List.of(Long.toString(window.toMillis())))
                .collectList()
                .map(RedisWindowCounter::toCount)
                .timeout(timeout);
    }

    /** The script's reply {calls, ttl}, whether the driver hands it over as one list or element by element. */
    private static WindowCount toCount(List<?> reply) {
        List<Object> values = new ArrayList<>();
        for (Object element : reply) {
            if (element instanceof List<?> nested) {
                values.addAll(nested);
            } else {
                values.add(element);
            }
        }
        if (values.size() != 2) {
            throw new IllegalStateException("Unexpected reply of the rate-limit script: " + values.size() + " values");
        }
        return new WindowCount(asLong(values.get(0)), asLong(values.get(1)));
    }

    private static long asLong(Object value) {
        return value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value));
    }
}
