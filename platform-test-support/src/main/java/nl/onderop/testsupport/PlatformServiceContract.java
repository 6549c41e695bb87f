package nl.onderop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * What every service owes the platform, inherited by one {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}
 * class per service: its own token validation, problem+json 401s, the API-Version header, its OpenAPI
 * document (matching its handlers) and probes and metrics on the management port only.
 */
public abstract class PlatformServiceContract {

    protected static final TestIssuer TOKENS = TestIssuer.get();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    private RequestMappingHandlerMapping handlerMapping;

    protected WebTestClient client;

    /** e.g. {@code /api/volunteers/v1} */
    protected abstract String basePath();

    /** e.g. {@code openapi/volunteers-v1.json} */
    protected abstract String openApiDocument();

    @BeforeEach
    void platformClient() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void accessNeedsAValidTokenAndShowsTheCallerFromIt() {
        client.get().uri(basePath() + "/access").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("API-Version", "1.0.0")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.title").exists().jsonPath("$.detail").exists();

        client.get().uri(basePath() + "/access").headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("delft", "taalhuis-dok")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("API-Version", "1.0.0")
                .expectBody()
                .jsonPath("$.roles[0]").isEqualTo("org-coordinator")
                .jsonPath("$.tenants[0]").isEqualTo("delft")
                .jsonPath("$.organization").isEqualTo("taalhuis-dok");
    }

    @Test
    void forgedTokensAreRejectedByTheServiceItself() {
        List<String> roles = List.of("platform-admin");
        List<String> tenants = List.of("leiden");
        Map<String, String> forgeries = new LinkedHashMap<>();
        forgeries.put("expired", TOKENS.expired("x", roles, tenants));
        forgeries.put("without exp", TOKENS.withoutExpiry("x", roles, tenants));
        forgeries.put("wrong audience", TOKENS.wrongAudience("x", roles, tenants));
        forgeries.put("wrong issuer", TOKENS.wrongIssuer("x", roles, tenants));
        forgeries.put("foreign key", TOKENS.signedWithForeignKey("x", roles, tenants));
        forgeries.put("alg none", TOKENS.unsigned("x", roles, tenants));
        forgeries.put("HS256 with the public key", TOKENS.hmacWithPublicKey("x", roles, tenants));
        forgeries.put("an ID token", TOKENS.ofKind("ID", "x", roles, tenants));
        forgeries.put("a refresh token", TOKENS.ofKind("Refresh", "x", roles, tenants));
        forgeries.put("tampered roles", TOKENS.tampered(TOKENS.volunteer("delft", "delftse-buur"), Map.of("realm_access",
                Map.of("roles", List.of("platform-admin")))));
        forgeries.put("unknown tenant", TOKENS.token("x", roles, List.of("atlantis"), null));
        forgeries.put("organisation in two tenants", TOKENS.token("x", List.of("org-coordinator"), List.of("delft", "leiden"),
                "taalhuis-dok"));
        forgeries.forEach((kind, forged) -> client.get().uri(basePath() + "/access").headers(h -> h.setBearerAuth(forged))
                .exchange()
                .expectStatus().value(status -> assertThat(status).as(kind).isEqualTo(401))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        // an access token as an RFC 9068 issuer marks it (header typ at+jwt, no typ claim) is accepted
        client.get().uri(basePath() + "/access").headers(h -> h.setBearerAuth(TOKENS.rfc9068("x", roles, tenants)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void requestIdIsEchoedOrCreated() {
        client.get().uri(basePath() + "/access").header("X-Request-ID", "test-request-0001").exchange()
                .expectHeader().valueEquals("X-Request-ID", "test-request-0001");
        client.get().uri(basePath() + "/access").header("X-Request-ID", "bad id with spaces; {\"x\":1}").exchange()
                .expectHeader().valueMatches("X-Request-ID", "[0-9a-f-]{36}");
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        client.get().uri(basePath() + "/no-such-thing").headers(h -> h.setBearerAuth(TOKENS.platformAdmin())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void openApiDocumentIsPublishedAndMatchesTheHandlers() {
        client.get().uri(basePath() + "/openapi.json").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.0.3").jsonPath("$.info.contact.email").exists();
        OpenApiContract.assertDocumentMatchesHandlers(handlerMapping, basePath(), openApiDocument());
    }

    @Test
    void probesAndMetricsLiveOnTheManagementPortOnly() {
        // the first Prometheus scrape registers every meter: on two busy cores it can take longer than the default 5 s
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(20)).build();
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes")
                        .contains("onderop_outbox_relayed_total"));
        client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(TOKENS.platformAdmin())).exchange()
                .expectStatus().isNotFound();
    }
}
