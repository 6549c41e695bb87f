package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.http.HttpHeaders;

import nl.onderop.gateway.RecordingService.Received;

class RoutingIntegrationTests extends RunningGateway {

    @Autowired
    GatewayProperties gatewayProperties;

    @ParameterizedTest
    @ValueSource(strings = {"/api/directory/v1/organizations", "/api/volunteers/v1/volunteers", "/api/reports/v1/coverage"})
    void routesFromTheServerWebfluxPrefixReachTheirService(String path) {
        String probe = path + "?probe=" + UUID.randomUUID();
        gateway.get().uri(probe).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("haarlem")))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.servedPath").isEqualTo(path);

        assertThat(SERVICE.lastRequestTo(probe)).as("path and query pass through unchanged").isPresent();
    }

    @Test
    void anUnreachableServiceIsABadGatewayProblemNotAMissingRoute() {
        expectProblem(gateway.get().uri("/api/matching/v1/matches")
                .headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("haarlem", "taalhuis"))).exchange(), 502);
    }

    @Test
    void anApiPathWithoutARouteIsNotFound() {
        expectProblem(gateway.get().uri("/api/unknown/v1/things")
                .headers(h -> h.setBearerAuth(TOKENS.platformAdmin())).exchange(), 404);
        assertThat(SERVICE.neverReceived("/api/unknown")).isTrue();
    }

    @Test
    void aValidBearerTokenIsRelayedUnchangedAndCookiesStayAtTheGateway() {
        String token = TOKENS.volunteer("leiden", "vluchtelingenwerk");
        String probe = "/api/volunteers/v1/volunteers/me?probe=" + UUID.randomUUID();
        gateway.get().uri(probe)
                .headers(h -> h.setBearerAuth(token))
                .cookie("theme", "dark").cookie("XSRF-TOKEN", "abc")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);

        Received received = SERVICE.lastRequestTo(probe).orElseThrow();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).contains("Bearer " + token);
        assertThat(received.header(HttpHeaders.COOKIE)).isEmpty();
    }

    @Test
    void aRequestIdIsCreatedPassedToTheServiceAndReturnedOnce() {
        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        List<String> returned = gateway.get().uri(probe).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().get("X-Request-ID");

        assertThat(returned).singleElement().asString().matches("[0-9a-f-]{36}");
        assertThat(SERVICE.lastRequestTo(probe).orElseThrow().header("X-Request-ID")).contains(returned.get(0));
    }

    @Test
    void aWellFormedCallerRequestIdIsKeptEndToEnd() {
        String probe = "/api/directory/v1/services?probe=" + UUID.randomUUID();
        gateway.get().uri(probe).header("X-Request-ID", "caller-id-12345678").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-ID", "caller-id-12345678");

        assertThat(SERVICE.lastRequestTo(probe).orElseThrow().header("X-Request-ID")).contains("caller-id-12345678");
    }

    @Test
    void theServicesApiVersionReachesTheCaller() {
        gateway.get().uri("/api/volunteers/v1/volunteers").headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values("API-Version", values -> assertThat(values)
                        .containsExactly(RecordingService.SERVICE_API_VERSION));
    }

    @Test
    void xForwardedHeadersAreAddedForTrustedProxiesOnly() {
        assertThat(gatewayProperties.getTrustedProxies()).isEqualTo("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");

        String probe = "/api/directory/v1/locations?probe=" + UUID.randomUUID();
        gateway.get().uri(probe).exchange().expectStatus().isOk();

        Received received = SERVICE.lastRequestTo(probe).orElseThrow();
        assertThat(received.header("X-Forwarded-For")).hasValueSatisfying(forwardedFor ->
                assertThat(forwardedFor).matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"));
        assertThat(received.header("X-Forwarded-Proto")).contains("http");
    }
}
