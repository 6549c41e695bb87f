package nl.onderop.volunteers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/** The demo volunteers load, are scoped like any others, and the demo login accounts find their own profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoVolunteersIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-demo-tests");
        registry.add("onderop.demo-data.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    private JsonNode get(String path, String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri("/api/volunteers/v1" + path).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void coordinatorsSeeTheirOwnDemoVolunteersAndThePool() {
        JsonNode own = get("/volunteers?pageSize=100", TOKENS.orgCoordinator("delft", "taalhuis-dok"));
        assertThat(own.get("page").get("totalElements").asInt()).isBetween(4, 12);
        own.get("volunteers").forEach(volunteer -> {
            assertThat(volunteer.get("view").asString()).isEqualTo("full");
            assertThat(volunteer.get("email").asString()).endsWith("@volunteers.example");
        });
        // a good share of the demo volunteers tells an age band, some a gender
        assertThat(own.get("volunteers").valueStream().filter(volunteer -> !volunteer.get("ageBand").isNull()).count())
                .isGreaterThan(own.get("volunteers").size() / 2L);

        JsonNode pool = get("/volunteers?pool=true&pageSize=100", TOKENS.orgCoordinator("delft", "taalhuis-dok"));
        assertThat(pool.get("page").get("totalElements").asInt()).isPositive();
        pool.get("volunteers").forEach(volunteer -> {
            assertThat(volunteer.get("view").asString()).isEqualTo("pool");
            assertThat(volunteer.get("email").isNull()).isTrue();
            assertThat(volunteer.get("gender").isNull()).isTrue();
        });

        JsonNode arabicOnTuesday = get("/volunteers?pool=true&language=ar&pageSize=100", TOKENS.orgCoordinator("leiden", "we-are-leiden"));
        arabicOnTuesday.get("volunteers").forEach(volunteer ->
                assertThat(volunteer.get("languages").toString()).contains("\"ar\""));
    }

    @Test
    void theDemoLoginAccountsFindTheirProfileUnderTheRealmsStableIds() throws Exception {
        Path realm = Path.of("../dev-stack/src/main/resources/keycloak/onderop-realm.json");
        JsonNode users = JsonMapper.builder().build().readTree(Files.readString(realm)).get("users");
        String subject = null;
        for (JsonNode user : users) {
            if ("vrijwilliger2.delft".equals(user.get("username").asString())) {
                subject = user.get("id").asString();
            }
        }
        assertThat(subject).isEqualTo(DemoVolunteers.accountSubject("vrijwilliger2.delft"));

        JsonNode me = get("/me", TOKENS.token(subject, List.of("volunteer"), List.of("delft"), "taalhuis-dok"));
        assertThat(me.get("organizations").toString()).contains("taalhuis-dok");
        assertThat(me.get("status").asString()).isEqualTo("active");
    }
}
