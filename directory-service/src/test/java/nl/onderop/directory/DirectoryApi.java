package nl.onderop.directory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A small client of the directory's native API for tests: registers, publishes and adds services as a caller would. */
public final class DirectoryApi {

    public static final String BASE = "/api/directory/v1";

    private final WebTestClient client;

    public DirectoryApi(int port) {
        this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    public WebTestClient client() {
        return client;
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String registerOrganization(String token, String tenant, String slug) {
        Map<String, Object> body = Map.of("tenant", tenant, "slug", slug, "name", "Testinitiatief " + slug,
                "type", "initiative", "description", Map.of("nl", "Een testorganisatie", "en", "A test organisation"));
        return client.post().uri(BASE + "/organizations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    public void publishOrganization(String token, String id) {
        client.put().uri(BASE + "/organizations/" + id + "/publication").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "published"))
                .exchange().expectStatus().isOk();
    }

    public String createService(String token, String organizationId, Map<String, Object> body) {
        return client.post().uri(BASE + "/organizations/" + organizationId + "/services").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    public void publishService(String token, String id) {
        client.put().uri(BASE + "/services/" + id + "/publication").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "published"))
                .exchange().expectStatus().isOk();
    }

    /** A valid service body: a language café in Leiden-Noord on Tuesday evenings, free. */
    public static Map<String, Object> languageCafe(String dutchName) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Map.of("nl", dutchName, "en", "Language café"));
        body.put("description", Map.of("nl", "Oefen Nederlands met buurtbewoners.", "en", "Practise Dutch with neighbours."));
        body.put("status", "active");
        body.put("categories", List.of("language-cafe"));
        body.put("targetGroups", List.of("newcomers"));
        body.put("languages", List.of("nl", "en"));
        body.put("free", true);
        body.put("schedules", List.of(Map.of("days", List.of("tuesday"), "opensAt", "19:00", "closesAt", "21:00")));
        body.put("locations", List.of(Map.of("name", "Buurthuis", "address", "Teststraat 1", "postcode", "2321 AB",
                "city", "Leiden", "district", "Leiden-Noord", "latitude", 52.1701, "longitude", 4.4875)));
        return body;
    }

    /**
     * Every field of ServiceRequest, as an attacker fills them: a paid language course with two schedules and
     * one physical location carrying {@code locationId} (null: no id sent) and {@code version}.
     */
    public static Map<String, Object> everyServiceField(String dutchName, String locationId, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Map.of("nl", dutchName, "en", "Dutch course"));
        body.put("description", Map.of("nl", "Nederlands op niveau A2.", "en", "Dutch at level A2."));
        body.put("status", "active");
        body.put("categories", List.of("language-cafe"));
        body.put("targetGroups", List.of("newcomers"));
        body.put("eligibility", Map.of("nl", "Statushouders in Leiden"));
        body.put("minimumAge", 16);
        body.put("maximumAge", 99);
        body.put("languages", List.of("nl", "ar"));
        body.put("interpretationAvailable", true);
        body.put("howToApply", Map.of("nl", "Mail ons."));
        body.put("free", false);
        body.put("feeDescription", Map.of("nl", "5 euro per les"));
        body.put("schedules", List.of(
                Map.of("days", List.of("monday"), "opensAt", "10:00", "closesAt", "12:00",
                        "description", Map.of("nl", "Ochtendgroep")),
                Map.of("rrule", "FREQ=MONTHLY;BYDAY=1SA", "opensAt", "13:00", "closesAt", "15:00")));
        body.put("email", "taal@aanvaller.example");
        body.put("phone", "+31 71 000 0001");
        body.put("url", "https://aanvaller.example/taal");
        Map<String, Object> location = new HashMap<>();
        if (locationId != null) {
            location.put("id", locationId);
        }
        location.put("name", "Buurthuis De Aanval");
        location.put("address", "Aanvalstraat 1");
        location.put("postcode", "2312 AB");
        location.put("city", "Leiden");
        location.put("district", "Binnenstad-Noord");
        location.put("latitude", 52.16);
        location.put("longitude", 4.49);
        location.put("accessibility", Map.of("nl", "Rolstoeltoegankelijk"));
        location.put("virtualUrl", "https://aanvaller.example/online");
        body.put("locations", List.of(location));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
