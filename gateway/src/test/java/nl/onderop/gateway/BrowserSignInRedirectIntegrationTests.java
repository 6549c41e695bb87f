package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

class BrowserSignInRedirectIntegrationTests extends RunningGateway {

    @Test
    void aBrowserIsSentToKeycloakWithPkce() {
        var start = gateway.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/keycloak")
                .returnResult(Void.class);
        ResponseCookie session = start.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the page asked for is remembered in the session").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        URI toKeycloak = gateway.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session.getValue())
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        UriComponents authorization = UriComponentsBuilder.fromUri(toKeycloak).build();
        assertThat(toKeycloak.toString()).startsWith(PUBLIC_ISSUER + "/protocol/openid-connect/auth?");
        MultiValueMap<String, String> query = authorization.getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("onderop-gateway");
        assertThat(query.getFirst("scope")).isEqualTo("openid%20profile%20email");
        assertThat(UriUtils.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/keycloak");
        assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
    }

    @Test
    void anythingButABrowserPageGetsA401Problem() {
        expectProblem(gateway.get().uri("/").accept(MediaType.APPLICATION_JSON).exchange(), 401);
    }
}
