package nl.onderop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RateLimitPropertiesTests {

    @Test
    void defaultsArePerMinute() {
        RateLimitProperties defaults = new RateLimitProperties(null, null, null, null, null, null, null, null);

        assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.limitOf(Budget.PUBLIC_READS)).isEqualTo(300);
        assertThat(defaults.limitOf(Budget.AUTHENTICATED_READS)).isEqualTo(600);
        assertThat(defaults.limitOf(Budget.WRITES)).isEqualTo(120);
        assertThat(defaults.limitOf(Budget.TOKEN_HEAVY)).isEqualTo(10);
        assertThat(defaults.redisTimeout()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aBudgetOfZeroOrLessRefusesToStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitProperties(null, null, null, null, 0, null, null, null))
                .withMessageContaining("writes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitProperties(null, Duration.ZERO, null, null, null, null, null, null))
                .withMessageContaining("window");
    }

    @Test
    void theStoreIsRedisWhenARedisHostIsSetUnlessMemoryIsAskedFor() {
        MockEnvironment withoutRedis = new MockEnvironment();
        MockEnvironment withRedis = new MockEnvironment().withProperty("spring.data.redis.host", "redis.onderop");

        assertThat(RateLimitStore.resolve("", withoutRedis)).isEqualTo(RateLimitStore.MEMORY);
        assertThat(RateLimitStore.resolve(null, withRedis)).isEqualTo(RateLimitStore.REDIS);
        assertThat(RateLimitStore.resolve("memory", withRedis)).isEqualTo(RateLimitStore.MEMORY);
        assertThat(RateLimitStore.resolve("Redis", withoutRedis)).isEqualTo(RateLimitStore.REDIS);
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimitStore.resolve("none", withRedis));
    }
}
