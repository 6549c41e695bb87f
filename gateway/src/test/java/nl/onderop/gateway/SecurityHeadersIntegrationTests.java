package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Dutch API Design Rules, /core/transport/security-headers. */
class SecurityHeadersIntegrationTests extends RunningGateway {

    @Test
    void theGatewaysOwnErrorsCarryThem() {
        expectSecurityHeaders(gateway.get().uri("/api/volunteers/v1/volunteers").exchange().expectStatus().isUnauthorized());
    }

    @Test
    void proxiedResponsesCarryThemAndAreNotCachedByDefault() {
        var response = gateway.get().uri("/api/volunteers/v1/volunteers")
                .headers(h -> h.setBearerAuth(TOKENS.platformAdmin())).exchange().expectStatus().isOk();
        expectSecurityHeaders(response);
        response.expectHeader().values(HttpHeaders.CACHE_CONTROL, values -> assertThat(values).containsExactly("no-store"));
    }

    @Test
    void aServicesOwnCachingOfPublicReadsIsKept() {
        var response = gateway.get().uri("/api/directory/v1/organizations").exchange().expectStatus().isOk();
        response.expectHeader().values(HttpHeaders.CACHE_CONTROL,
                values -> assertThat(values).containsExactly(RecordingService.DIRECTORY_CACHE_CONTROL));
        response.expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void browserPagesCarryThemToo() {
        expectSecurityHeaders(gateway.get().uri("/").header(HttpHeaders.ACCEPT, "text/html").exchange()
                .expectStatus().isFound());
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000")
                .expectHeader().value("Content-Security-Policy",
                        policy -> assertThat(policy).startsWith("default-src 'self';").endsWith("frame-ancestors 'none'"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().exists(HttpHeaders.CACHE_CONTROL);
    }
}
