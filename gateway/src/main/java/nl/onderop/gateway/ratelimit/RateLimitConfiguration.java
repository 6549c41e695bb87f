package nl.onderop.gateway.ratelimit;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import nl.onderop.gateway.session.RedisConfigured;
import nl.onderop.platform.errors.ProblemWriter;

/** Rate limits at the gateway (security issue #11): budgets per caller, counted in Redis or in memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    WindowCounter rateLimitCounter(RateLimitProperties properties, Environment environment,
                                   ObjectProvider<ReactiveStringRedisTemplate> redis, MeterRegistry meters) {
        InMemoryWindowCounter memory = new InMemoryWindowCounter(Clock.systemUTC());
        if (RateLimitStore.resolve(properties.store(), environment) == RateLimitStore.MEMORY) {
            if (RedisConfigured.in(environment)) {
                // Without a Redis, SessionStoreConfiguration says in one line that sessions and limits are in memory.
                log.info("Rate limits: counted in this instance's memory only (store=memory); with several replicas "
                        + "each one counts on its own");
            }
            return memory;
        }
        log.info("Rate limits: counted in Redis at {}:{} (store=redis); in this instance's memory while Redis "
                        + "cannot be reached", environment.getProperty("spring.data.redis.host", "localhost"),
                environment.getProperty("spring.data.redis.port", "6379"));
        return new RedisWithMemoryFallback(new RedisWindowCounter(redis.getObject(), properties.redisTimeout()),
                memory, meters, Clock.systemUTC(), properties.redisRetryInterval());
    }

    @Bean
    GlobalFilter rateLimitFilter(WindowCounter rateLimitCounter, RateLimitProperties properties,
                                 ProblemWriter problems, MeterRegistry meters) {
        return new RateLimitFilter(new CallerBudgets(rateLimitCounter, properties), problems, meters, properties);
    }
}
