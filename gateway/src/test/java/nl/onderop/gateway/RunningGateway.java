package nl.onderop.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.onderop.testsupport.TestIssuer;

/**
 * The gateway on a random port, in front of a real recording service and trusting the test token issuer.
 * Subclasses share one application context. The matching route points at a closed port, to show what a
 * caller gets when a service is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningGateway {

    static final TestIssuer TOKENS = TestIssuer.get();
    static final RecordingService SERVICE = RecordingService.get();
    static final String ALLOWED_ORIGIN = "https://kaart.haarlem.example";
    static final String PUBLIC_ISSUER = "https://login.onderop.example/realms/onderop";
    static final String GATEWAY_API_VERSION = "1.0.0";
    private static final int CLOSED_PORT = closedPort();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        // The same variable names as in production, so the placeholders of application.yml are exercised.
        registry.add("ONDEROP_DIRECTORY_URI", SERVICE::uri);
        registry.add("ONDEROP_VOLUNTEERS_URI", SERVICE::uri);
        registry.add("ONDEROP_MATCHING_URI", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("ONDEROP_REPORTS_URI", SERVICE::uri);
        registry.add("ONDEROP_CORS_ALLOWED_ORIGINS", () -> ALLOWED_ORIGIN + ", https://kaart.leiden.example");
        registry.add("ONDEROP_OIDC_PUBLIC_ISSUER_URI", () -> PUBLIC_ISSUER);
        registry.add("onderop.security.issuer-uri", TOKENS::issuer);
        registry.add("onderop.security.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    WebTestClient gateway;

    @BeforeEach
    void gatewayClient() {
        gateway = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    static void expectProblem(WebTestClient.ResponseSpec response, int status) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
