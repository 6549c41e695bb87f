package nl.onderop.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls against the running matching service, as the feature tests make them. */
public final class MatchingApi {

    public static final String BASE = "/api/matching/v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestClient client;

    public MatchingApi(int port) {
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

    /** Sends and expects {@code status}; returns the body as JSON. */
    public JsonNode expect(int status, HttpMethod method, String path, String token, Object body) {
        EntityExchangeResult<String> result = send(method, path, token, body);
        assertThat(result.getStatus().value()).as(method + " " + path + ": " + result.getResponseBody()).isEqualTo(status);
        return result.getResponseBody() == null ? JSON.createObjectNode() : JSON.readTree(result.getResponseBody());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** A newcomer profile with consent, as a coordinator or the newcomer sends it. */
    public static Map<String, Object> newcomer(String alias, String district, List<Map<String, String>> languages,
                                               List<Map<String, String>> availability) {
        Map<String, Object> body = new HashMap<>();
        body.put("alias", alias);
        body.put("district", district);
        body.put("languages", languages);
        body.put("availability", availability);
        body.put("interests", List.of("culture"));
        body.put("needs", List.of("language-buddy"));
        body.put("consent", Map.of("given", true, "version", "2026-1"));
        return body;
    }

    public String registerNewcomer(String coordinator, String alias) {
        return expect(201, HttpMethod.POST, "/newcomers", coordinator, newcomer(alias, "Centrum",
                List.of(Map.of("code", "ar", "level", "native"), Map.of("code", "nl", "level", "A2")),
                List.of(Map.of("day", "tuesday", "from", "19:00", "to", "21:00")))).get("id").asString();
    }

    public String openRequest(String token, String newcomerId, String kind) {
        return expect(201, HttpMethod.POST, "/newcomers/" + newcomerId + "/help-requests", token,
                Map.of("kind", kind, "description", "Oefenen met Nederlands praten", "urgency", "normal"))
                .get("id").asString();
    }

    /** Waits (30 s unless told) for {@code condition}; fails with {@code what} otherwise. */
    public static void await(String what, BooleanSupplier condition) {
        await(what, Duration.ofSeconds(30), condition);
    }

    public static void await(String what, Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }
}
