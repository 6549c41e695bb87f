package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Rate limits at the gateway, counted in a redis-server of this test's own (killed and started again in one
 * test), with small budgets: 5 public reads, 5 authenticated reads, 3 writes, 2 token-heavy calls per minute.
 * Every test uses callers of its own, so the counts of one test never reach another.
 */
class RateLimitIntegrationTests extends RunningGateway {

    private static final RedisServerProcess REDIS = RedisServerProcess.startOnFreePort();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final String FALLBACK_METRIC = "onderop.ratelimit.fallback";

    @DynamicPropertySource
    static void rateLimits(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("ONDEROP_RATE_LIMIT_PUBLIC_READS", () -> "5");
        registry.add("ONDEROP_RATE_LIMIT_AUTHENTICATED_READS", () -> "5");
        registry.add("ONDEROP_RATE_LIMIT_WRITES", () -> "3");
        registry.add("ONDEROP_RATE_LIMIT_TOKEN_HEAVY", () -> "2");
        registry.add("ONDEROP_RATE_LIMIT_REDIS_RETRY_INTERVAL", () -> "200ms");
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void anAnonymousReaderGetsFivePublicReadsPerMinuteThenA429Problem() {
        String address = newAddress();
        for (int call = 1; call <= 5; call++) {
            publicRead(address).expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Limit", "5")
                    .expectHeader().valueEquals("RateLimit-Remaining", Integer.toString(5 - call))
                    .expectHeader().value("RateLimit-Reset", reset -> assertThat(Long.parseLong(reset)).isBetween(1L, 60L))
                    .expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
        }
        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        expectRefused(gateway.get().uri(probe).header("X-Forwarded-For", address).exchange(), 5)
                .jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("public-reads").doesNotContain(address));
        assertThat(SERVICE.lastRequestTo(probe)).as("a refused call never reaches the service").isEmpty();
        assertThat(REDIS.keys("onderop:ratelimit:public-reads:*")).as("counted in Redis").isNotEmpty();
    }

    @Test
    void anotherClientAddressHasABudgetOfItsOwn() {
        String busy = newAddress();
        for (int call = 1; call <= 5; call++) {
            publicRead(busy).expectStatus().isOk();
        }
        expectRefused(publicRead(busy), 5);

        publicRead(newAddress()).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "4");
    }

    @Test
    void oneUsersBurstNeverSlowsAnotherUserOfTheSameTenant() {
        String anna = coordinator("anna", "haarlem");
        String bram = coordinator("bram", "haarlem");
        for (int call = 1; call <= 5; call++) {
            read(anna).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Limit", "5");
        }
        expectRefused(read(anna), 5);

        read(bram).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "4");
        expectRefused(read(anna), 5);
    }

    @Test
    void oneTenantsBurstNeverSlowsAnotherTenant() {
        String subject = "ria-" + UUID.randomUUID();
        String inHaarlem = TOKENS.token(subject, List.of("municipality-coordinator"), List.of("haarlem"), null);
        String inLeiden = TOKENS.token(subject, List.of("municipality-coordinator"), List.of("leiden"), null);
        for (int call = 1; call <= 5; call++) {
            read(inHaarlem).expectStatus().isOk();
        }
        expectRefused(read(inHaarlem), 5);

        read(inLeiden).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "4");
        read(coordinator("sem", "leiden")).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "4");
    }

    @Test
    void readsWritesAndTokenHeavyCallsHaveSeparateBudgets() {
        String coordinator = TOKENS.token("tom-" + UUID.randomUUID(), List.of("org-coordinator"), List.of("delft"), "taalhuis");

        for (int call = 1; call <= 3; call++) {
            write(coordinator).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Limit", "3");
        }
        expectRefused(write(coordinator), 3);
        read(coordinator).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Limit", "5")
                .expectHeader().valueEquals("RateLimit-Remaining", "4");

        // Imports and exports share the token-heavy budget, whatever the method.
        gateway.post().uri("/api/volunteers/v1/volunteer-imports").headers(h -> h.setBearerAuth(coordinator))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("firstName\nAnna\n")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Limit", "2")
                .expectHeader().valueEquals("RateLimit-Remaining", "1");
        export(coordinator).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "0");
        expectRefused(export(coordinator), 2);
        expectRefused(gateway.post().uri("/api/matching/v1/matching-runs").headers(h -> h.setBearerAuth(coordinator))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 2);
        expectRefused(gateway.post().uri("/api/matching/v1/candidate-rebuilds").headers(h -> h.setBearerAuth(coordinator))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 2);

        read(coordinator).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "3");
    }

    @Test
    void concurrentCallsOfOneCallerAreCountedExactlyOnceEach() {
        String eva = coordinator("eva", "haarlem");
        WebClient client = WebClient.create("http://localhost:" + port);

        Map<Integer, Long> statuses = Flux.range(0, 12)
                .flatMap(call -> client.get().uri("/api/volunteers/v1/volunteers?probe=" + UUID.randomUUID())
                        .headers(h -> h.setBearerAuth(eva))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 12)
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()))
                .block(Duration.ofSeconds(30));

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 5L, 429, 7L));
    }

    @Test
    void whileRedisIsDownTheBudgetsHoldInMemoryAndRedisIsUsedAgainOnceItIsBack() {
        try {
            double fallbacksBefore = fallbacks();
            REDIS.kill();

            String carla = coordinator("carla", "delft");
            long started = System.nanoTime();
            for (int call = 1; call <= 5; call++) {
                read(carla).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", Integer.toString(5 - call));
            }
            expectRefused(read(carla), 5);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a dead Redis does not stall the calls")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(fallbacks() - fallbacksBefore).as("every call counted in memory is counted").isGreaterThanOrEqualTo(6);

            REDIS.start();
            await("Redis used again").atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(250)).until(() -> {
                double before = fallbacks();
                read(coordinator("probe", "delft")).expectStatus().isOk();
                return fallbacks() == before && !REDIS.keys("onderop:ratelimit:authenticated-reads:*").isEmpty();
            });

            double fallbacksAfterRecovery = fallbacks();
            String dirk = coordinator("dirk", "delft");
            for (int call = 1; call <= 5; call++) {
                read(dirk).expectStatus().isOk();
            }
            expectRefused(read(dirk), 5);
            assertThat(fallbacks()).as("counted in Redis again, not in memory").isEqualTo(fallbacksAfterRecovery);
        } finally {
            if (!REDIS.isRunning()) {
                REDIS.start();
            }
        }
    }

    private double fallbacks() {
        Counter counter = meters.find(FALLBACK_METRIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String coordinator(String name, String tenant) {
        return TOKENS.token(name + "-" + UUID.randomUUID(), List.of("municipality-coordinator"), List.of(tenant), null);
    }

    /** Documentation-range addresses (RFC 5737); the test client is a trusted local proxy that forwards them. */
    private static String newAddress() {
        int next = ADDRESSES.incrementAndGet();
        return "198.51.100." + (next % 254 + 1);
    }

    private WebTestClient.ResponseSpec publicRead(String address) {
        return gateway.get().uri("/api/directory/v1/organizations?probe=" + UUID.randomUUID())
                .header("X-Forwarded-For", address).exchange();
    }

    private WebTestClient.ResponseSpec read(String token) {
        return gateway.get().uri("/api/volunteers/v1/volunteers?probe=" + UUID.randomUUID())
                .headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec write(String token) {
        return gateway.post().uri("/api/volunteers/v1/tasks?probe=" + UUID.randomUUID())
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Fietsles\"}").exchange();
    }

    private WebTestClient.ResponseSpec export(String token) {
        return gateway.get().uri("/api/volunteers/v1/me/export").headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static WebTestClient.BodyContentSpec expectRefused(WebTestClient.ResponseSpec response, int limit) {
        return response.expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retry -> assertThat(Long.parseLong(retry)).isBetween(1L, 60L))
                .expectHeader().valueEquals("RateLimit-Limit", Integer.toString(limit))
                .expectHeader().valueEquals("RateLimit-Remaining", "0")
                .expectHeader().value("RateLimit-Reset", reset -> assertThat(Long.parseLong(reset)).isBetween(1L, 60L))
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.detail").isNotEmpty();
    }
}
