package nl.onderop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ApiSecurityIntegrationTests extends RunningGateway {

    @ParameterizedTest
    @ValueSource(strings = {"/api/volunteers/v1/x", "/api/reports/v1/x", "/api/matching/v1/x"})
    void protectedApisAnswer401ProblemWithoutAToken(String path) {
        String probe = path + "?probe=" + UUID.randomUUID();
        var response = gateway.get().uri(probe).exchange();
        expectProblem(response, 401);
        response.expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().valueEquals("API-Version", GATEWAY_API_VERSION);
        assertThat(SERVICE.lastRequestTo(probe)).isEmpty();
    }

    @Test
    void anApiCallFromABrowserIsNeverSentToTheLoginPage() {
        expectProblem(gateway.get().uri("/api/volunteers/v1/volunteers").accept(MediaType.TEXT_HTML).exchange(), 401);
    }

    @Test
    void anyoneMayReadThePublicDirectory() {
        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        gateway.get().uri(probe).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        gateway.head().uri(probe).exchange().expectStatus().isOk();

        assertThat(SERVICE.lastRequestTo(probe).orElseThrow().header("Authorization")).isEmpty();
    }

    @Test
    void writingToTheDirectoryNeedsAToken() {
        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        expectProblem(gateway.post().uri(probe).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 401);
        assertThat(SERVICE.lastRequestTo(probe)).isEmpty();
    }

    static Stream<Arguments> forgedTokens() {
        List<String> roles = List.of("platform-admin");
        List<String> tenants = List.of("haarlem");
        return Stream.of(
                Arguments.of("expired", TOKENS.expired("mallory", roles, tenants)),
                Arguments.of("wrong audience", TOKENS.wrongAudience("mallory", roles, tenants)),
                Arguments.of("wrong issuer", TOKENS.wrongIssuer("mallory", roles, tenants)),
                Arguments.of("foreign key", TOKENS.signedWithForeignKey("mallory", roles, tenants)),
                Arguments.of("alg none", TOKENS.unsigned("mallory", roles, tenants)),
                Arguments.of("tampered payload", TOKENS.tampered(TOKENS.municipalityCoordinator("haarlem"),
                        Map.of("tenants", List.of("haarlem", "leiden", "delft")))),
                Arguments.of("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedTokensAreRejectedAtTheGateway(String forgery, String token) {
        String probe = "/api/volunteers/v1/volunteers?probe=" + UUID.randomUUID();
        expectProblem(gateway.get().uri(probe).headers(h -> h.setBearerAuth(token)).exchange(), 401);
        assertThat(SERVICE.lastRequestTo(probe)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedTokensAreRejectedOnPublicPathsToo(String forgery, String token) {
        String probe = "/api/directory/v1/organizations?probe=" + UUID.randomUUID();
        expectProblem(gateway.get().uri(probe).headers(h -> h.setBearerAuth(token)).exchange(), 401);
        assertThat(SERVICE.lastRequestTo(probe)).isEmpty();
    }

    @Test
    void aBearerWriteNeedsNoCsrfToken() {
        String probe = "/api/volunteers/v1/tasks?probe=" + UUID.randomUUID();
        gateway.post().uri(probe).headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("delft", "taalhuis")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Fietsles\"}")
                .exchange()
                .expectStatus().isOk();
        assertThat(SERVICE.lastRequestTo(probe).orElseThrow().method()).isEqualTo("POST");
    }
}
