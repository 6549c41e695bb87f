package nl.onderop.gateway.session;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.session.config.ReactiveSessionRepositoryCustomizer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.server.EnableRedisWebSession;
import org.springframework.web.server.WebFilter;

/**
 * Where the browser sessions live (security issue #11, control 3). With a Redis ({@link RedisConfigured}) they
 * are Spring Session sessions in Redis, so a restart or another replica keeps the user signed in; without one
 * they stay in this instance's memory (Boot's default store), and the gateway says so once at start-up. Either
 * way the session cookie is the gateway's {@code WebSessionIdResolver} (see {@code BrowserCookies}), the idle
 * timeout is {@code server.reactive.session.timeout} (ONDEROP_SESSION_TIMEOUT) and
 * {@link SessionMaxLifetimeFilter} ends a session after its maximum lifetime.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewaySessionProperties.class)
public class SessionStoreConfiguration {

    static final String REDIS_NAMESPACE = "onderop:gateway:session";

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

    /** Before Spring Security's filter chain (order -100), which reads the security context from the session. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    WebFilter sessionMaxLifetimeFilter(GatewaySessionProperties properties) {
        return new SessionMaxLifetimeFilter(properties.maxLifetime(), Clock.systemUTC());
    }

    /**
     * Spring Session's {@code webSessionManager} (Boot's in-memory one backs off), with the gateway's cookie
     * resolver; attributes are serialized with Java serialization, as Spring Security's tokens expect.
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.class)
    @EnableRedisWebSession(redisNamespace = REDIS_NAMESPACE)
    static class InRedis {

        InRedis(Environment environment) {
            log.info("Browser sessions: kept in Redis at {}:{} (shared by every replica, kept across restarts)",
                    environment.getProperty("spring.data.redis.host", "the configured url"),
                    environment.getProperty("spring.data.redis.port", "6379"));
        }

        @Bean
        ReactiveSessionRepositoryCustomizer<ReactiveRedisSessionRepository> sessionIdleTimeout(
                @Value("${server.reactive.session.timeout:30m}") Duration idleTimeout) {
            return repository -> repository.setDefaultMaxInactiveInterval(idleTimeout);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.Not.class)
    static class InMemory {

        InMemory() {
            log.info("No Redis configured (SPRING_DATA_REDIS_HOST unset): browser sessions and rate limits are kept "
                    + "in this instance's memory only; a restart signs every user out, so run one replica");
        }
    }
}
