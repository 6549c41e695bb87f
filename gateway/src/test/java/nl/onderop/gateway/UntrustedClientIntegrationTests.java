package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** A gateway whose only trusted proxy is another address: a client's own forwarded headers change nothing. */
class UntrustedClientIntegrationTests extends RunningGateway {

    @DynamicPropertySource
    static void onlyTheIngressIsTrusted(DynamicPropertyRegistry registry) {
        registry.add("ONDEROP_TRUSTED_PROXIES", () -> "10\\.9\\.8\\.7");
    }

    @Test
    void aClientCannotPickItsOwnSchemeHostOrAddress() {
        var page = gateway.get().uri("/").accept(MediaType.TEXT_HTML)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "203.0.113.9").header("Forwarded", "for=203.0.113.9;proto=https;host=evil.example")
                .exchange().expectStatus().isFound().returnResult(Void.class);
        ResponseCookie session = page.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the connection is plain HTTP, whatever the client claims").isNotNull();
        assertThat(page.getResponseCookies().getFirst("__Host-SESSION")).isNull();

        URI toKeycloak = gateway.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session.getValue())
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .exchange().expectStatus().isFound().returnResult(Void.class).getResponseHeaders().getLocation();
        String redirect = UriUtils.decode(UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams()
                .getFirst("redirect_uri"), StandardCharsets.UTF_8);
        assertThat(redirect).isEqualTo("http://localhost:" + port + "/login/oauth2/code/keycloak");

        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        gateway.get().uri(probe).header("X-Forwarded-For", "203.0.113.9").exchange().expectStatus().isOk();
        assertThat(SERVICE.lastRequestTo(probe).orElseThrow().header("X-Forwarded-For").orElse(""))
                .as("the service hears the real client address, not the claimed one").doesNotContain("203.0.113.9");
    }
}
