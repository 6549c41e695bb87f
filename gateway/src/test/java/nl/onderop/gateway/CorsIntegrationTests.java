package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CorsIntegrationTests extends RunningGateway {

    @Test
    void aPreflightFromAnAllowedOriginSucceedsWithoutAToken() {
        String path = "/api/volunteers/v1/tasks/" + UUID.randomUUID();
        gateway.options().uri(path)
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("PATCH"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
        assertThat(SERVICE.neverReceived(path)).as("the gateway answers preflights itself").isTrue();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        gateway.options().uri("/api/volunteers/v1/tasks")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aCrossOriginCallFromAnAllowedOriginGetsOnlyTheGatewaysCorsHeaders() {
        gateway.get().uri("/api/directory/v1/organizations")
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().values(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origins -> assertThat(origins).containsExactly(ALLOWED_ORIGIN))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("API-Version", "X-Request-ID", "Location", "ETag", "Retry-After", "RateLimit-Limit",
                                "RateLimit-Remaining", "RateLimit-Reset"))
                .expectHeader().values(HttpHeaders.VARY, vary -> assertThat(vary).doesNotHaveDuplicates());
    }

    @Test
    void aCrossOriginCallFromAnotherOriginNeverReachesTheService() {
        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        gateway.get().uri(probe).header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        assertThat(SERVICE.lastRequestTo(probe)).isEmpty();
    }
}
