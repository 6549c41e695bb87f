package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.onderop.gateway.BrowserSignIn.SignedIn;

/**
 * The whole browser visit of {@link BrowserSessionIntegrationTests} (sign-in with a new session id, token relay,
 * CSRF, sign-out) again, with the sessions in a redis-server of this test's own.
 */
class BrowserSessionInRedisIntegrationTests extends BrowserSessionIntegrationTests {

    private static final RedisServerProcess REDIS = RedisServerProcess.startOnFreePort();
    private static final String SESSION_KEYS = "onderop:gateway:session:sessions:";

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("ONDEROP_DIRECTORY_URI", SERVICE::uri);
        registry.add("ONDEROP_SESSION_TIMEOUT", () -> "17m");
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    ReactiveSessionRepository<?> sessions;

    @Test
    void callsWithoutASignedInSessionWriteNoSessionToRedis() {
        int before = REDIS.keys(SESSION_KEYS + "*").size();
        for (int call = 0; call < 3; call++) {
            String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
            browser.get().uri(probe).exchange().expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
            assertThat(SERVICE.lastRequestTo(probe)).isPresent();
        }
        assertThat(REDIS.keys(SESSION_KEYS + "*")).hasSize(before);
    }

    @Test
    void theSignedInSessionIsInRedisAndThePreSignInOneIsGone() {
        SignedIn erin = signIn("erin");

        Session stored = sessions.findById(erin.session()).block();
        assertThat(stored).as("found through Spring Session").isNotNull();
        assertThat(stored.getMaxInactiveInterval()).as("ONDEROP_SESSION_TIMEOUT").isEqualTo(Duration.ofMinutes(17));
        assertThat(REDIS.keys(SESSION_KEYS + "*")).contains(SESSION_KEYS + erin.session())
                .doesNotContain(SESSION_KEYS + erin.firstSession());
    }
}
