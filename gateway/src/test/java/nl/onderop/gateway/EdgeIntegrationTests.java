package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;

/**
 * What the gateway takes from the network in front of it: forwarded headers from the trusted ingress (here
 * the test itself, on 127.0.0.1), cookies that are Secure with the __Host- prefix behind TLS, bounded bodies.
 * {@link UntrustedClientIntegrationTests} shows the same headers ignored from anyone else.
 */
class EdgeIntegrationTests extends RunningGateway {

    @Test
    void behindATlsIngressTheCookiesAreSecureWithTheHostPrefix() {
        var page = gateway.get().uri("/").accept(MediaType.TEXT_HTML)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "onderop.haarlem.example")
                .exchange().expectStatus().isFound().returnResult(Void.class);
        ResponseCookie session = page.getResponseCookies().getFirst("__Host-SESSION");
        assertThat(session).as(page.getResponseHeaders().get(HttpHeaders.SET_COOKIE).toString()).isNotNull();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(session.getDomain()).isNull();
        // a browser with a session gets the CSRF cookie
        ResponseCookie csrf = gateway.get().uri("/").accept(MediaType.TEXT_HTML).cookie("__Host-SESSION", session.getValue())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "onderop.haarlem.example")
                .exchange().returnResult(Void.class).getResponseCookies().getFirst("__Host-XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.isSecure()).isTrue();
        assertThat(csrf.getPath()).isEqualTo("/");
        assertThat(page.getResponseCookies().getFirst("SESSION")).isNull();

        // the sign-in sends Keycloak back to the public address the ingress named
        URI toKeycloak = gateway.get().uri("/oauth2/authorization/keycloak")
                .cookie("__Host-SESSION", session.getValue())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "onderop.haarlem.example")
                .exchange().expectStatus().isFound().returnResult(Void.class).getResponseHeaders().getLocation();
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams();
        assertThat(UriUtils.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("https://onderop.haarlem.example/login/oauth2/code/keycloak");
    }

    @Test
    void overPlainHttpTheCookiesKeepTheirPlainNamesAndAreNotSecure() {
        var page = gateway.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isFound()
                .returnResult(Void.class);
        ResponseCookie session = page.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isSecure()).isFalse();
        assertThat(page.getResponseCookies().getFirst("__Host-SESSION")).isNull();
    }

    @Test
    void aBodyAboveTheLimitIsRefusedBeforeItReachesAServiceDeclaredOrStreamed() {
        String declared = "/api/volunteers/v1/volunteers?declared=" + UUID.randomUUID();
        String streamedPath = "/api/volunteers/v1/volunteers?streamed=" + UUID.randomUUID();
        byte[] large = new byte[2 * 1024 * 1024];
        expectProblem(gateway.post().uri(declared).headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(large).exchange(), 413);
        Flux<DataBuffer> chunked = Flux.range(0, 64).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[32 * 1024]));
        var streamed = gateway.post().uri(streamedPath).headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .contentType(MediaType.APPLICATION_JSON).body(chunked, DataBuffer.class).exchange();
        expectProblem(streamed, 413);
        assertThat(SERVICE.neverReceived(declared)).as("a declared large body never reaches the service").isTrue();
        assertThat(SERVICE.neverReceived(streamedPath)).as("a streamed large body is cut off").isTrue();

        // a CSV import may be larger; a small body passes everywhere
        gateway.post().uri("/api/volunteers/v1/volunteer-imports").headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(large).exchange().expectStatus().isOk();
        gateway.post().uri("/api/volunteers/v1/volunteers").headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyThisOrigin() {
        String policy = gateway.get().uri("/api/directory/v1/organizations").exchange().expectStatus().isOk()
                .returnResult(Void.class).getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(List.of(policy.split(";\\s*"))).contains("default-src 'self'", "script-src 'self'",
                "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                // the sign-out form's answer redirects to Keycloak, and browsers check that redirect too
                "form-action 'self' https://login.onderop.example");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
    }
}
