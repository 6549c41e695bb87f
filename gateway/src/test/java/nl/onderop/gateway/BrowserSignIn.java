package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import nl.onderop.gateway.FakeKeycloak.TokenRequest;

/** A browser's sign-in at the gateway over plain HTTP, with the stand-in Keycloak approving the login. */
final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /** A signed-in browser: its session cookie, the access token Keycloak issued and the token request made. */
    record SignedIn(String session, String accessToken, TokenRequest tokenRequest, String codeChallenge, String firstSession) {
    }

    static SignedIn signIn(WebTestClient browser, FakeKeycloak keycloak, String username) {
        String firstSession = browser.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseCookies().getFirst("SESSION").getValue();
        URI toKeycloak = browser.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", firstSession).exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        MultiValueMap<String, String> authorization = UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams();
        String nonce = decode(authorization.getFirst("nonce"));

        String code = keycloak.approve(username, nonce);
        var callback = browser.get()
                .uri(uri -> uri.path("/login/oauth2/code/keycloak").queryParam("code", code)
                        .queryParam("state", decode(authorization.getFirst("state"))).build())
                .cookie("SESSION", firstSession)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/")
                .returnResult(Void.class);
        ResponseCookie session = callback.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("a new session id after sign-in").isNotNull();
        return new SignedIn(session.getValue(), keycloak.accessTokenIssuedFor(code), keycloak.lastTokenRequest(),
                authorization.getFirst("code_challenge"), firstSession);
    }

    private static String decode(String queryValue) {
        return UriUtils.decode(queryValue, StandardCharsets.UTF_8);
    }
}
