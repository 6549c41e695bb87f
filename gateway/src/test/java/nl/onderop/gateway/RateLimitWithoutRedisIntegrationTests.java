package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Without a Redis host (a developer's machine, and the other gateway tests) the budgets are counted in the
 * instance's memory, with the default budgets.
 */
class RateLimitWithoutRedisIntegrationTests extends RunningGateway {

    @Autowired
    ApplicationContext context;

    @Test
    void countsInMemoryWithTheDefaultBudgets() {
        assertThat(context.getBean("rateLimitCounter").getClass().getSimpleName()).isEqualTo("InMemoryWindowCounter");

        gateway.get().uri("/api/directory/v1/organizations?probe=" + UUID.randomUUID())
                .header("X-Forwarded-For", "192.0.2.77").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Limit", "300")
                .expectHeader().valueEquals("RateLimit-Remaining", "299");
        gateway.get().uri("/api/volunteers/v1/volunteers?probe=" + UUID.randomUUID())
                .headers(h -> h.setBearerAuth(TOKENS.token("ml-" + UUID.randomUUID(),
                        List.of("municipality-coordinator"), List.of("haarlem"), null)))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Limit", "600")
                .expectHeader().valueEquals("RateLimit-Remaining", "599");
    }
}
