package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.reactive.server.WebTestClient;

class ManagementPortIntegrationTests extends RunningGateway {

    @Test
    void probesAndMetricsAreOnTheManagementPort() {
        assertThat(managementPort).isNotEqualTo(port);
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(20)).build();

        management.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("application=\"gateway\"")
                        .contains("spring_cloud_gateway"));
    }

    @Test
    void theMainPortDoesNotOpenActuatorPathsToAnonymousCallers() {
        expectProblem(gateway.get().uri("/actuator/health").exchange(), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/prometheus", "/actuator/gateway/routes"})
    void theMainPortNeitherServesNorRoutesActuator(String path) {
        expectProblem(gateway.get().uri(path).headers(h -> h.setBearerAuth(TOKENS.platformAdmin())).exchange(), 404);
        assertThat(SERVICE.neverReceived("/actuator")).isTrue();
    }
}
