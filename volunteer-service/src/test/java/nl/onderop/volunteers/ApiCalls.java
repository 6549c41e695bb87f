package nl.onderop.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.TestIssuer;

/** HTTP calls against the running service, as the feature tests make them. */
public final class ApiCalls {

    public static final String BASE = "/api/volunteers/v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestClient client;

    public ApiCalls(int port) {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
    }

    public EntityExchangeResult<String> send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(BASE + path).headers(headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        });
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectBody(String.class).returnResult();
    }

    public static JsonNode json(EntityExchangeResult<String> result) {
        return JSON.readTree(result.getResponseBody());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** A volunteer who signed up itself for {@code organization}; its token and id. */
    public record SignedUp(String id, String token) {
    }

    /**
     * The volunteer saves its own profile; a capacity other than one match is the organisation's decision, so
     * its coordinator sets it afterwards, as in real life.
     */
    public SignedUp signUp(String tenant, String organization, String firstName, int maxConcurrentMatches) {
        String token = TestIssuer.get().token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of(tenant), organization);
        Map<String, Object> profile = new HashMap<>();
        profile.put("firstName", firstName);
        profile.put("lastName", "Testpersoon");
        profile.put("email", firstName.toLowerCase() + "@volunteers.example");
        EntityExchangeResult<String> created = send(HttpMethod.PUT, "/me", token, profile);
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(200);
        String id = json(created).get("id").asString();
        if (maxConcurrentMatches != 1) {
            profile.put("maxConcurrentMatches", maxConcurrentMatches);
            EntityExchangeResult<String> decided = send(HttpMethod.PUT, "/volunteers/" + id,
                    TestIssuer.get().orgCoordinator(tenant, organization), profile);
            assertThat(decided.getStatus().value()).as(decided.getResponseBody()).isEqualTo(200);
        }
        return new SignedUp(id, token);
    }

    public void activate(String id, String coordinator) {
        for (String status : List.of("intake", "screening", "active")) {
            EntityExchangeResult<String> moved = send(HttpMethod.PUT, "/volunteers/" + id + "/status", coordinator,
                    Map.of("status", status));
            assertThat(moved.getStatus().value()).as(moved.getResponseBody()).isEqualTo(200);
        }
    }

    public static Map<String, Object> activity(String date, double hours, String kind, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("hours", hours);
        body.put("kind", kind);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    public String log(String token, Map<String, Object> activity) {
        EntityExchangeResult<String> logged = send(HttpMethod.POST, "/me/activities", token, activity);
        assertThat(logged.getStatus().value()).as(logged.getResponseBody()).isEqualTo(201);
        return json(logged).get("id").asString();
    }
}
