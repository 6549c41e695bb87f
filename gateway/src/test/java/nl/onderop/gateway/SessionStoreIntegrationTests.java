package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

import nl.onderop.gateway.BrowserSignIn.SignedIn;

/**
 * Where the browser sessions live, shown with whole gateways started and stopped by the test: with a Redis a
 * signed-in browser stays signed in across a restart (as it would on another replica), without one the
 * sessions are in memory and the gateway says so once.
 */
@ExtendWith(OutputCaptureExtension.class)
class SessionStoreIntegrationTests {

    private static final String CLIENT_ID = "onderop-gateway";
    private static final FakeKeycloak KEYCLOAK = new FakeKeycloak(CLIENT_ID);
    private static final RecordingService SERVICE = RecordingService.get();
    private static final RedisServerProcess REDIS = RedisServerProcess.startOnFreePort();
    private static final String IN_MEMORY_NOTICE = "No Redis configured (SPRING_DATA_REDIS_HOST unset): browser "
            + "sessions and rate limits are kept in this instance's memory only";

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Test
    void aSignedInBrowserStaysSignedInWhenTheGatewayRestartsOnTheSameRedis() {
        Map<String, Object> withRedis = gatewayProperties();
        withRedis.put("spring.data.redis.host", "127.0.0.1");
        withRedis.put("spring.data.redis.port", REDIS.port());

        SignedIn frank;
        try (ConfigurableApplicationContext first = start(withRedis)) {
            frank = BrowserSignIn.signIn(browser(first), KEYCLOAK, "frank");
            expectRelayed(browser(first), frank);
        }
        try (ConfigurableApplicationContext second = start(withRedis)) {
            expectRelayed(browser(second), frank);
        }
    }

    @Test
    void aSessionOlderThanItsMaximumLifetimeNoLongerSignsIn() throws InterruptedException {
        Map<String, Object> shortLived = gatewayProperties();
        shortLived.put("spring.data.redis.host", "127.0.0.1");
        shortLived.put("spring.data.redis.port", REDIS.port());
        shortLived.put("ONDEROP_SESSION_MAX_LIFETIME", "4s");

        try (ConfigurableApplicationContext gateway = start(shortLived)) {
            WebTestClient browser = browser(gateway);
            SignedIn heidi = BrowserSignIn.signIn(browser, KEYCLOAK, "heidi");
            expectRelayed(browser, heidi);

            Thread.sleep(4_500);
            String probe = "/api/volunteers/v1/volunteers/me?probe=" + UUID.randomUUID();
            browser.get().uri(probe).cookie("SESSION", heidi.session()).exchange()
                    .expectStatus().isUnauthorized()
                    .expectCookie().maxAge("SESSION", Duration.ZERO);
            assertThat(SERVICE.lastRequestTo(probe)).as("never reached the service").isEmpty();
            assertThat(REDIS.keys("onderop:gateway:session:sessions:" + heidi.session())).as("gone from Redis").isEmpty();
        }
    }

    @Test
    void withoutRedisTheSessionsAreInMemoryAndTheGatewaySaysSoOnce(CapturedOutput output) {
        try (ConfigurableApplicationContext gateway = start(gatewayProperties())) {
            WebSessionManager sessions = gateway.getBean(WebSessionManager.class);
            assertThat(((DefaultWebSessionManager) sessions).getSessionStore()).isInstanceOf(InMemoryWebSessionStore.class);
            SignedIn grace = BrowserSignIn.signIn(browser(gateway), KEYCLOAK, "grace");
            expectRelayed(browser(gateway), grace);
        }
        Matcher notice = Pattern.compile(Pattern.quote(IN_MEMORY_NOTICE)).matcher(output.getAll());
        int lines = 0;
        while (notice.find()) {
            lines++;
        }
        assertThat(lines).as("one start-up line about memory, none from the rate limits apart").isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("Rate limits: counted in this instance's memory only");
    }

    private static void expectRelayed(WebTestClient browser, SignedIn signedIn) {
        String probe = "/api/volunteers/v1/volunteers/me?probe=" + UUID.randomUUID();
        browser.get().uri(probe).cookie("SESSION", signedIn.session()).exchange().expectStatus().isOk();
        assertThat(SERVICE.lastRequestTo(probe).orElseThrow().header(HttpHeaders.AUTHORIZATION))
                .contains("Bearer " + signedIn.accessToken());
    }

    private static Map<String, Object> gatewayProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("management.server.port", 0);
        properties.put("ONDEROP_VOLUNTEERS_URI", SERVICE.uri());
        properties.put("ONDEROP_OIDC_ISSUER_URI", KEYCLOAK.issuer());
        return properties;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        SpringApplication application = new SpringApplicationBuilder(GatewayApplication.class, OwnNettyResources.class)
                .properties(properties).build();
        return application.run();
    }

    /**
     * Netty event loops of this gateway's own: by default every gateway in the JVM shares Reactor Netty's global
     * ones, and closing a gateway disposes them, which took down the servers of the test contexts still cached.
     * Not a {@code @Configuration}, so the other tests' component scan never picks it up.
     */
    static class OwnNettyResources {

        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        }
    }

    private static WebTestClient browser(ConfigurableApplicationContext gateway) {
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }
}
