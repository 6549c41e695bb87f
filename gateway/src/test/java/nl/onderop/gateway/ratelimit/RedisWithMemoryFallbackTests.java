package nl.onderop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import reactor.core.publisher.Mono;

class RedisWithMemoryFallbackTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock();
    private final FakeRedis redis = new FakeRedis();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RedisWithMemoryFallback counter = new RedisWithMemoryFallback(redis, new InMemoryWindowCounter(clock),
            meters, clock, Duration.ofSeconds(1));

    /** Answers 1000 + the number of calls it got while up, fails while down. */
    private static final class FakeRedis implements WindowCounter {
        final AtomicBoolean up = new AtomicBoolean(true);
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public Mono<WindowCount> increment(String key, Duration window) {
            int attempt = attempts.incrementAndGet();
            return up.get() ? Mono.just(new WindowCount(1000 + attempt, 1))
                    : Mono.error(new RedisConnectionFailureException("Unable to connect"));
        }
    }

    @Test
    void countsInRedisWhileItAnswers() {
        assertThat(counter.increment("k", MINUTE).block().calls()).isEqualTo(1001);
        assertThat(fallbacks()).isZero();
    }

    @Test
    void whileRedisFailsItCountsInMemoryWithTheSameWindowsAndTriesRedisAgainAfterThePause() {
        redis.up.set(false);

        assertThat(counter.increment("k", MINUTE).block().calls()).as("memory, not unlimited").isEqualTo(1);
        assertThat(counter.increment("k", MINUTE).block().calls()).isEqualTo(2);
        assertThat(counter.increment("k", MINUTE).block().calls()).isEqualTo(3);
        assertThat(redis.attempts).as("no Redis attempt during the pause").hasValue(1);
        assertThat(fallbacks()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(1));
        assertThat(counter.increment("k", MINUTE).block().calls()).isEqualTo(4);
        assertThat(redis.attempts).as("one try after the pause").hasValue(2);

        redis.up.set(true);
        clock.advance(Duration.ofSeconds(1));
        assertThat(counter.increment("k", MINUTE).block().calls()).as("Redis again").isEqualTo(1003);
        assertThat(counter.increment("k", MINUTE).block().calls()).isEqualTo(1004);
        assertThat(fallbacks()).isEqualTo(4);
    }

    @Test
    void aRedisThatAnswersNothingCountsAsFailed() {
        RedisWithMemoryFallback silent = new RedisWithMemoryFallback((key, window) -> Mono.empty(),
                new InMemoryWindowCounter(clock), meters, clock, Duration.ofSeconds(1));

        assertThat(silent.increment("k", MINUTE).block().calls()).isEqualTo(1);
        assertThat(fallbacks()).isEqualTo(1);
    }

    private double fallbacks() {
        return meters.get(RedisWithMemoryFallback.FALLBACK_METRIC).counter().count();
    }
}
