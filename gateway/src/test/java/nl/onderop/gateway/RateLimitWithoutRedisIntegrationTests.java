package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Without a Redis host (a developer's machine, and the other gateway tests) the budgets are counted in the
 * instance's memory, with the default budgets, and the browser sessions are kept there too: nothing in the
 * gateway talks to a Redis (not Boot's default localhost:6379 either).
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

    @Test
    void keepsTheBrowserSessionsInMemoryWithoutASpringSessionRepository() {
        assertThat(context.getBeanProvider(ReactiveSessionRepository.class).getIfAvailable()).isNull();
        WebSessionManager sessions = context.getBean(WebSessionManager.class);
        assertThat(((DefaultWebSessionManager) sessions).getSessionStore()).isInstanceOf(InMemoryWebSessionStore.class);
    }
}
