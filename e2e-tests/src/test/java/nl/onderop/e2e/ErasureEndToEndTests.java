package nl.onderop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.devstack.DevStack;
import nl.onderop.devstack.PlatformApp;

/**
 * A demo volunteer with a real Keycloak account erases itself through the gateway; afterwards no database of
 * any service (documents, outboxes, read models) holds its login account, name or e-mail address, and its
 * pseudonymous id stays only where it marks the erasure itself (the emptied volunteer, matching's tombstone).
 */
class ErasureEndToEndTests {

    private static final Set<String> WHERE_THE_ID_MAY_STAY = Set.of("onderop-volunteers.volunteers",
            "onderop-matching.erased_volunteers");

    @Test
    void aVolunteersErasureLeavesNothingThatIdentifiesThemInAnyService() {
        DevStack stack = E2eStack.get();
        KeycloakTokens tokens = new KeycloakTokens(stack.keycloak().baseUrl());
        WebTestClient gateway = WebTestClient.bindToServer().baseUrl(stack.config().gatewayUrl())
                .responseTimeout(Duration.ofSeconds(30)).build();
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
                            } else if (json.contains(id) && !WHERE_THE_ID_MAY_STAY.contains(where)) {
                                leftovers.add(where + " keeps the volunteer's id: " + document.get("_id"));
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
