package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import nl.onderop.gateway.BrowserSignIn.SignedIn;
import nl.onderop.gateway.RecordingService.Received;

/**
 * A browser's whole visit, over real HTTP against a stand-in Keycloak back channel: sign-in with
 * authorization code + PKCE, API calls with the session (token relay, CSRF), and RP-initiated sign-out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSessionIntegrationTests {

    private static final String CLIENT_ID = "onderop-gateway";
    private static final String CLIENT_SECRET = "onderop-gateway-dev-secret";
    private static final String PUBLIC_ISSUER = "https://login.onderop.example/realms/onderop";
    private static final FakeKeycloak KEYCLOAK = new FakeKeycloak(CLIENT_ID);
    static final RecordingService SERVICE = RecordingService.get();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("ONDEROP_VOLUNTEERS_URI", SERVICE::uri);
        registry.add("ONDEROP_OIDC_ISSUER_URI", KEYCLOAK::issuer);
        registry.add("ONDEROP_OIDC_PUBLIC_ISSUER_URI", () -> PUBLIC_ISSUER);
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    int port;

    WebTestClient browser;

    @BeforeEach
    void browser() {
        browser = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    SignedIn signIn(String username) {
        return BrowserSignIn.signIn(browser, KEYCLOAK, username);
    }

    @Test
    void signInExchangesTheCodeWithItsPkceVerifierOnTheBackChannel() throws NoSuchAlgorithmException {
        SignedIn alice = signIn("alice");

        assertThat(alice.tokenRequest().form())
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/keycloak");
        String verifier = alice.tokenRequest().form().get("code_verifier");
        assertThat(verifier).isNotBlank();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(digest)).isEqualTo(alice.codeChallenge());
        assertThat(alice.tokenRequest().authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(alice.session()).as("session fixation: the id changes at sign-in").isNotEqualTo(alice.firstSession());
    }

    @Test
    void theSessionsAccessTokenIsRelayedAndNoCookieReachesTheService() {
        SignedIn alice = signIn("alice");
        String probe = "/api/volunteers/v1/volunteers/me?probe=" + UUID.randomUUID();

        browser.get().uri(probe).cookie("SESSION", alice.session()).cookie("analytics", "x").exchange()
                .expectStatus().isOk();

        Received received = SERVICE.lastRequestTo(probe).orElseThrow();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).contains("Bearer " + alice.accessToken());
        assertThat(received.header(HttpHeaders.COOKIE)).isEmpty();
    }

    @Test
    void stateChangingSessionRequestsNeedTheCsrfToken() {
        SignedIn bob = signIn("bob");
        String xsrf = browser.get().uri("/").cookie("SESSION", bob.session()).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseCookies().getFirst("XSRF-TOKEN").getValue();

        String forged = "/api/volunteers/v1/tasks?probe=" + UUID.randomUUID();
        var refused = browser.post().uri(forged).cookie("SESSION", bob.session()).cookie("XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
        RunningGateway.expectProblem(refused, 403);
        assertThat(SERVICE.lastRequestTo(forged)).isEmpty();

        String genuine = "/api/volunteers/v1/tasks?probe=" + UUID.randomUUID();
        browser.post().uri(genuine).cookie("SESSION", bob.session()).cookie("XSRF-TOKEN", xsrf)
                .header("X-XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk();
        assertThat(SERVICE.lastRequestTo(genuine).orElseThrow().header(HttpHeaders.AUTHORIZATION))
                .contains("Bearer " + bob.accessToken());
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        SignedIn carol = signIn("carol");
        EntityExchangeResult<String> home = browser.get().uri("/").cookie("SESSION", carol.session())
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        assertThat(home.getResponseBody()).contains("Ingelogd als <strong>carol</strong>");
        String xsrfCookie = home.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(home.getResponseBody());
        assertThat(field.find()).isTrue();

        browser.post().uri("/logout").cookie("SESSION", carol.session()).cookie("XSRF-TOKEN", xsrfCookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("_csrf=" + field.group(1))
                .exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> {
                    assertThat(location).startsWith(PUBLIC_ISSUER + "/protocol/openid-connect/logout?");
                    MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
                    assertThat(query.getFirst("id_token_hint")).isNotBlank();
                    assertThat(decode(query.getFirst("post_logout_redirect_uri"))).isEqualTo("http://localhost:" + port + "/");
                });

        RunningGateway.expectProblem(browser.get().uri("/api/volunteers/v1/volunteers/me")
                .cookie("SESSION", carol.session()).exchange(), 401);
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() {
        SignedIn dave = signIn("dave");
        // as a browser's form would send it (with a length), only without the _csrf field; a bodiless POST went
        // out chunked and once timed out under load while the 403 raced the request's end
        RunningGateway.expectProblem(browser.post().uri("/logout").cookie("SESSION", dave.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("logout=1").exchange(), 403);
        browser.get().uri("/").cookie("SESSION", dave.session()).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aFailedSignInIsAnsweredNotRedirectedInALoop() {
        String session = browser.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .returnResult(Void.class).getResponseCookies().getFirst("SESSION").getValue();
        URI toKeycloak = browser.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session).exchange()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        String state = decode(UriComponentsBuilder.fromUri(toKeycloak).build().getQueryParams().getFirst("state"));

        RunningGateway.expectProblem(browser.get()
                .uri(uri -> uri.path("/login/oauth2/code/keycloak").queryParam("code", "never-issued")
                        .queryParam("state", state).build())
                .cookie("SESSION", session).exchange(), 401);
    }

    private static String decode(String queryValue) {
        return UriUtils.decode(queryValue, StandardCharsets.UTF_8);
    }
}
