package nl.onderop.volunteers.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/** An organisation finds a volunteer in the pool, asks to be introduced, and the volunteer decides. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntroductionIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-introduction-tests");
    }

    @LocalServerPort
    int port;

    WebTestClient client;
    String home;
    String asking;
    String volunteerToken;
    String volunteerId;

    @BeforeEach
    void aPoolVolunteer() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        home = "thuis-" + UUID.randomUUID().toString().substring(0, 6);
        asking = "vraag-" + UUID.randomUUID().toString().substring(0, 6);
        volunteerToken = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("haarlem"), home);
        Map<String, Object> profile = new HashMap<>();
        profile.put("firstName", "Hiwet");
        profile.put("email", "hiwet@volunteers.example");
        profile.put("languages", List.of(Map.of("code", "ti", "level", "native"), Map.of("code", "nl", "level", "B1")));
        volunteerId = json(send(HttpMethod.PUT, "/me", volunteerToken, profile)).get("id").asString();
        for (String status : List.of("intake", "screening", "active")) {
            send(HttpMethod.PUT, "/volunteers/" + volunteerId + "/status", TOKENS.orgCoordinator("haarlem", home),
                    Map.of("status", status));
        }
        send(HttpMethod.PUT, "/me/pool-consent", volunteerToken, Map.of("given", true));
    }

    private EntityExchangeResult<String> send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri("/api/volunteers/v1" + path)
                .headers(h -> h.setBearerAuth(token));
        return (body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
                .exchange().expectBody(String.class).returnResult();
    }

    private static JsonNode json(EntityExchangeResult<String> result) {
        return JsonMapper.builder().build().readTree(result.getResponseBody());
    }

    @Test
    void anAcceptedIntroductionMakesTheVolunteerAMemberOfTheAskingOrganisation() {
        String coordinator = TOKENS.orgCoordinator("haarlem", asking);
        EntityExchangeResult<String> asked = send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions", coordinator,
                Map.of("message", "Wij zoeken iemand die Tigrinya spreekt voor ons taalcafé."));
        assertThat(asked.getStatus().value()).as(asked.getResponseBody()).isEqualTo(201);
        String introduction = json(asked).get("id").asString();
        assertThat(send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions", coordinator, Map.of())
                .getStatus().value()).isEqualTo(409);

        JsonNode mine = json(send(HttpMethod.GET, "/me/introductions", volunteerToken, null));
        assertThat(mine.get("introductions").get(0).get("organization").asString()).isEqualTo(asking);
        assertThat(mine.get("introductions").get(0).get("status").asString()).isEqualTo("requested");

        JsonNode accepted = json(send(HttpMethod.PUT, "/me/introductions/" + introduction, volunteerToken, Map.of("accept", true)));
        assertThat(accepted.get("status").asString()).isEqualTo("accepted");
        assertThat(send(HttpMethod.PUT, "/me/introductions/" + introduction, volunteerToken, Map.of("accept", false))
                .getStatus().value()).isEqualTo(409);

        JsonNode seen = json(send(HttpMethod.GET, "/volunteers/" + volunteerId, coordinator, null));
        assertThat(seen.get("view").asString()).isEqualTo("full");
        assertThat(seen.get("organizations").toString()).contains(home, asking);
        assertThat(json(send(HttpMethod.GET, "/me/export", volunteerToken, null)).get("other").get("introductions").toString())
                .contains(asking);
    }

    @Test
    void onlyPoolVolunteersOfOtherOrganisationsInTheTenantCanBeAskedAndADeclineChangesNothing() {
        assertThat(send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions",
                TOKENS.orgCoordinator("haarlem", home), Map.of()).getStatus().value()).isEqualTo(409);
        assertThat(send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions",
                TOKENS.orgCoordinator("delft", asking), Map.of()).getStatus().value()).isEqualTo(404);
        assertThat(send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions",
                TOKENS.municipalityCoordinator("haarlem"), Map.of()).getStatus().value()).isEqualTo(404);

        String coordinator = TOKENS.orgCoordinator("haarlem", asking);
        String introduction = json(send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions", coordinator,
                Map.of())).get("id").asString();
        assertThat(json(send(HttpMethod.PUT, "/me/introductions/" + introduction, volunteerToken, Map.of("accept", false)))
                .get("status").asString()).isEqualTo("declined");
        assertThat(json(send(HttpMethod.GET, "/volunteers/" + volunteerId, coordinator, null)).get("view").asString())
                .isEqualTo("pool");
        // someone else's introduction is not the caller's to answer
        String other = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("haarlem"), home);
        send(HttpMethod.PUT, "/me", other, Map.of("firstName", "Ander"));
        assertThat(send(HttpMethod.PUT, "/me/introductions/" + introduction, other, Map.of("accept", true))
                .getStatus().value()).isEqualTo(404);

        // once withdrawn from the pool, the volunteer cannot be asked any more
        send(HttpMethod.PUT, "/me/pool-consent", volunteerToken, Map.of("given", false));
        assertThat(send(HttpMethod.POST, "/volunteers/" + volunteerId + "/introductions",
                TOKENS.orgCoordinator("haarlem", "nog-een"), Map.of()).getStatus().value()).isEqualTo(404);
    }
}
