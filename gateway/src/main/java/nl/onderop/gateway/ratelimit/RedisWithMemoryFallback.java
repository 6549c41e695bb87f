package nl.onderop.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Counts in Redis, and in this instance's memory while Redis cannot be reached: the same budgets still hold
 * (per instance instead of across replicas), never none. After a failure the requests of the next
 * {@code retryInterval} go straight to memory, so a dead Redis does not cost every request its timeout; then
 * one request tries Redis again, and once it answers every count goes there again. Each call counted in memory
 * instead of Redis adds to the {@value #FALLBACK_METRIC} counter; the warning is logged at most once a minute.
 */
final class RedisWithMemoryFallback implements WindowCounter {

    static final String FALLBACK_METRIC = "onderop.ratelimit.fallback";

    private static final Logger log = LoggerFactory.getLogger(RedisWithMemoryFallback.class);
    private static final long WARNING_INTERVAL_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final long REDIS_IN_USE = 0;

    private final WindowCounter redis;
    private final WindowCounter memory;
    private final Counter fallbacks;
    private final Clock clock;
    private final long retryIntervalMillis;
    private final AtomicLong retryRedisAt = new AtomicLong(REDIS_IN_USE);
    private final AtomicLong nextWarningAt = new AtomicLong(Long.MIN_VALUE);

    RedisWithMemoryFallback(WindowCounter redis, WindowCounter memory, MeterRegistry meters, Clock clock,
                            Duration retryInterval) {
        this.redis = redis;
        this.memory = memory;
        this.clock = clock;
        this.retryIntervalMillis = retryInterval.toMillis();
        this.fallbacks = Counter.builder(FALLBACK_METRIC)
                .description("Calls whose rate limit was counted in this instance's memory because Redis could not be reached")
                .register(meters);
    }

    @Override
    public Mono<WindowCount> increment(String key, Duration window) {
        if (!mayTryRedis(clock.millis())) {
            return inMemory(key, window);
        }
        return redis.increment(key, window)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Redis gave no count")))
                .doOnNext(counted -> redisAnswered())
                .onErrorResume(failure -> {
                    retryRedisAt.set(clock.millis() + retryIntervalMillis);
                    warn(failure);
                    return inMemory(key, window);
                });
    }

    /** Redis is in use, or its pause is over and this request is the one that tries it again. */
    private boolean mayTryRedis(long now) {
        long retryAt = retryRedisAt.get();
        return retryAt == REDIS_IN_USE || now >= retryAt && retryRedisAt.compareAndSet(retryAt, now + retryIntervalMillis);
    }

    private void redisAnswered() {
        if (retryRedisAt.getAndSet(REDIS_IN_USE) != REDIS_IN_USE) {
            log.info("Rate limits: Redis answers again; counting there again");
        }
    }

    private Mono<WindowCount> inMemory(String key, Duration window) {
        fallbacks.increment();
        return memory.increment(key, window);
    }

    private void warn(Throwable failure) {
        long now = clock.millis();
        long due = nextWarningAt.get();
        if (now >= due && nextWarningAt.compareAndSet(due, now + WARNING_INTERVAL_MILLIS)) {
            log.warn("Rate limits: Redis cannot be reached ({}); counting in this instance's memory until it answers "
                    + "(this warning at most once a minute)", failure.getClass().getSimpleName());
        }
    }
}
