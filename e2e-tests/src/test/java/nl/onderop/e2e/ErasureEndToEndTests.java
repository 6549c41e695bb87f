package nl.onderop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.devstack.DevStack;
import nl.onderop.devstack.PlatformApp;
import nl.onderop.testsupport.TopicReader;

/**
 * A demo volunteer and a demo newcomer with real Keycloak accounts erase themselves through the gateway;
 * afterwards no database of any service (documents, outboxes, read models) holds their login account, name,
 * alias or contact details, their pseudonymous id stays only where it marks the erasure itself (the emptied
 * profile, matching's tombstone), and no event written from the erasure on names the newcomer.
 */
class ErasureEndToEndTests {

    private static final Set<String> WHERE_THE_VOLUNTEER_ID_MAY_STAY = Set.of("onderop-volunteers.volunteers",
            "onderop-matching.erased_volunteers");

    private static DevStack stack;
    private static KeycloakTokens tokens;
    private static WebTestClient gateway;

    @BeforeAll
    static void platform() {
        stack = E2eStack.get();
        tokens = new KeycloakTokens(stack.keycloak().baseUrl());
        gateway = WebTestClient.bindToServer().baseUrl(stack.config().gatewayUrl()).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void aVolunteersErasureLeavesNothingThatIdentifiesThemInAnyService() {
        String token = tokens.password("vrijwilliger1.leiden");
        String account = subjectOf(token);
        JsonNode me = gateway.get().uri("/api/volunteers/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = me.get("id").asString();
        List<String> identifying = new ArrayList<>(List.of(account));
        for (String field : List.of("email", "lastName", "phone")) {
            if (me.hasNonNull(field) && !me.get(field).asString().isBlank()) {
                identifying.add(me.get(field).asString());
            }
        }

        gateway.delete().uri("/api/volunteers/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNoContent();
        gateway.get().uri("/api/volunteers/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNotFound();

        assertNothingLeft(identifying, id, WHERE_THE_VOLUNTEER_ID_MAY_STAY);
    }

    @Test
    void aNewcomersErasureLeavesNothingThatIdentifiesThemAndNoLaterEventNamesThem() {
        String token = tokens.password("nieuwkomer.leiden");
        String account = subjectOf(token);
        JsonNode own = gateway.get().uri("/api/matching/v1/me/newcomer-profile").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = own.get("id").asString();
        gateway.post().uri("/api/matching/v1/me/help-requests").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "buddy", "description", "Iemand om de stad mee te verkennen")).exchange()
                .expectStatus().isCreated();
        Instant erasing = Instant.now();

        gateway.delete().uri("/api/matching/v1/me/newcomer-profile").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNoContent();
        gateway.get().uri("/api/matching/v1/me/newcomer-profile").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNotFound();

        assertNothingLeft(List.of(account), id, Set.of("onderop-matching.newcomers"));
        // every event written from the erasure on names the newcomer only in the erasure event itself (the whole
        // topic, read for 15 s: events of different aggregates sit on different partitions)
        List<TopicReader.Record> after = TopicReader.readUntil(stack.config().kafkaBrokers(), "onderop.matching.events",
                record -> false, Duration.ofSeconds(15));
        assertThat(after).as("the erasure event itself was published")
                .anyMatch(record -> record.value().contains("newcomer.erased") && record.value().contains(id));
        JsonMapper json = JsonMapper.builder().build();
        assertThat(after.stream().map(record -> json.readTree(record.value()))
                .filter(event -> !Instant.parse(event.get("time").asString()).isBefore(erasing))
                .filter(event -> !event.get("type").asString().endsWith("newcomer.erased.v1"))
                .filter(event -> event.toString().contains(id)).map(event -> event.get("type").asString()).toList())
                .as("events after the erasure that still name the newcomer").isEmpty();
    }

    /** Waits until no database of any service names the person, and the id stays only where it may. */
    private static void assertNothingLeft(List<String> identifying, String id, Set<String> idMayStay) {
        String mongo = stack.config().mongoUri(PlatformApp.VOLUNTEERS).replaceFirst("/onderop-[a-z]+$", "");
        try (MongoClient client = MongoClients.create(mongo)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                List<String> leftovers = new ArrayList<>();
                for (PlatformApp app : PlatformApp.values()) {
                    if (app == PlatformApp.GATEWAY) {
                        continue;
                    }
                    String database = stack.config().mongoUri(app).substring(stack.config().mongoUri(app).lastIndexOf('/') + 1);
                    for (String collection : client.getDatabase(database).listCollectionNames()) {
                        for (Document document : client.getDatabase(database).getCollection(collection).find()) {
                            String json = document.toJson();
                            String where = database + "." + collection;
                            if (identifying.stream().anyMatch(json::contains)) {
                                leftovers.add(where + " names the person: " + document.get("_id"));
                            } else if (json.contains(id) && !idMayStay.contains(where)) {
                                leftovers.add(where + " keeps the person's id: " + document.get("_id"));
                            }
                        }
                    }
                }
                assertThat(leftovers).as("what is left of the person after the erasure").isEmpty();
            });
        }
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload).get("sub").asString();
    }
}
