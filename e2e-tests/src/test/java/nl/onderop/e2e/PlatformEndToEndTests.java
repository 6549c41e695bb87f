package nl.onderop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import nl.onderop.devstack.DevStack;
import nl.onderop.devstack.PlatformApp;
import nl.onderop.testsupport.Forgery;

/**
 * The spine from outside: Keycloak from its distribution, Kafka, the MongoDB-wire server, the four services
 * and the gateway as separate processes, and real tokens for the demo accounts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTests {

    private static DevStack stack;
    private static KeycloakTokens tokens;
    private static WebTestClient gateway;

    @BeforeAll
    static void platform() {
        stack = E2eStack.get();
        tokens = new KeycloakTokens(stack.keycloak().baseUrl());
        gateway = client(stack.config().gatewayUrl());
    }

    private static WebTestClient client(String baseUrl) {
        return WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static WebTestClient service(PlatformApp app) {
        return client("http://localhost:" + stack.config().ports(app).http());
    }

    private static Map<String, Object> organization(String tenant, String slug) {
        return Map.of("tenant", tenant, "slug", slug, "name", "E2E initiatief " + slug, "type", "initiative");
    }

    private static String slug() {
        return "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long initiatives(String token) {
        JsonNode summary = gateway.get().uri("/api/reports/v1/directory-summary").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return summary.get("organizationsByType").get("initiative").asLong();
    }

    @Test
    @Order(1)
    void withoutATokenTheGatewayAnswers401ProblemJson() {
        gateway.get().uri("/api/volunteers/v1/access").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("API-Version")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        gateway.get().uri("/api/reports/v1/directory-summary").exchange().expectStatus().isUnauthorized();
        gateway.post().uri("/api/directory/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(organization("leiden", slug())).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // the public directory stays open and shows the published demo organisations
        gateway.get().uri("/api/directory/v1/organizations?tenant=delft").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.organizations[?(@.slug == 'taalhuis-dok')]").exists();
    }

    @Test
    @Order(1)
    void anonymousNewcomersSearchTheDirectoryThroughTheGatewayInTheirLanguage() {
        JsonNode found = gateway.get()
                .uri("/api/directory/v1/services?q=taalcafe&tenant=delft&latitude=52.0116&longitude=4.3571&radiusKm=2")
                .header("Accept-Language", "ar").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Language", "ar")
                .expectHeader().valueEquals("Cache-Control", "max-age=60, public")
                .expectHeader().exists("ETag")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode first = found.get("services").get(0);
        assertThat(first.get("translations").get("name").get("nl").asString()).isEqualTo("Taalcafé DOK");
        assertThat(first.get("name").asString()).isEqualTo(first.get("translations").get("name").get("ar").asString());
        assertThat(first.get("distanceKm").asDouble()).isLessThan(0.1);

        gateway.get().uri("/api/directory/hsds/v3/services?search=taal&per_page=5").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total_items").isNumber().jsonPath("$.contents[0].id").exists();
        // the regie view is not public
        gateway.get().uri("/api/directory/v1/insights").exchange().expectStatus().isUnauthorized();
        gateway.get().uri("/api/directory/v1/insights").headers(h -> h.setBearerAuth(tokens.password("regie.delft")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.tenant").isEqualTo("delft").jsonPath("$.overlaps[?(@.district == 'Binnenstad')]").exists();
    }

    @Test
    @Order(1)
    void demoVolunteersFindTheirOwnProfileWithTheirRealKeycloakAccount() {
        JsonNode me = gateway.get().uri("/api/volunteers/v1/me").headers(h -> h.setBearerAuth(tokens.password("vrijwilliger2.delft")))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me.get("organizations").toString()).contains("taalhuis-dok");
        assertThat(me.get("status").asString()).isEqualTo("active");

        JsonNode own = gateway.get().uri("/api/volunteers/v1/volunteers?pageSize=100")
                .headers(h -> h.setBearerAuth(tokens.password("coord.taalhuis-dok")))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(own.get("volunteers").toString()).contains(me.get("id").asString());
        // the municipality sees no personal data of volunteers
        gateway.get().uri("/api/volunteers/v1/volunteers").headers(h -> h.setBearerAuth(tokens.password("regie.delft")))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    @Order(1)
    void demoNewcomersAreMatchedToDemoVolunteersAndOnlyTheirOrganisationSeesTheMatches() throws InterruptedException {
        // the matching demo waits for the volunteer service's demo volunteers to arrive as events, then runs the engine
        String coordinator = tokens.password("coord.taalhuis-dok");
        JsonNode active = null;
        for (int attempt = 0; attempt < 90 && (active == null || active.get("matches").isEmpty()); attempt++) {
            if (attempt > 0) {
                Thread.sleep(2000);
            }
            active = gateway.get().uri("/api/matching/v1/matches?state=active").headers(h -> h.setBearerAuth(coordinator))
                    .exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
        }
        assertThat(active.get("matches")).as("active demo matches of taalhuis-dok").isNotEmpty();
        JsonNode explanation = active.get("matches").get(0).get("explanation");
        assertThat(explanation.get("criteria")).hasSize(6);
        assertThat(explanation.get("constraintsMet").toString()).contains("shared-language");

        JsonNode own = gateway.get().uri("/api/matching/v1/me/newcomer-profile")
                .headers(h -> h.setBearerAuth(tokens.password("nieuwkomer.delft")))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(own.get("organization").asString()).isEqualTo("taalhuis-dok");
        // the municipality sees no newcomers or matches; another organisation does not see this one's
        gateway.get().uri("/api/matching/v1/matches").headers(h -> h.setBearerAuth(tokens.password("regie.delft")))
                .exchange().expectStatus().isForbidden();
        String match = active.get("matches").get(0).get("id").asString();
        gateway.get().uri("/api/matching/v1/matches/" + match)
                .headers(h -> h.setBearerAuth(tokens.password("coord.delftse-buur")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(2)
    void leidenCoordinatorRegistersAndReadsWhileDelftSeesNothingAndCannotRegisterInLeiden() {
        String leiden = tokens.password("regie.leiden");
        String delft = tokens.password("regie.delft");
        String slug = slug();

        JsonNode created = gateway.post().uri("/api/directory/v1/organizations").headers(h -> h.setBearerAuth(leiden))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", slug))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = created.get("id").asString();

        gateway.get().uri("/api/directory/v1/organizations/" + id).headers(h -> h.setBearerAuth(leiden)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.slug").isEqualTo(slug).jsonPath("$.tenant").isEqualTo("leiden");
        gateway.get().uri("/api/directory/v1/organizations?tenant=leiden&pageSize=100").headers(h -> h.setBearerAuth(leiden))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.organizations[?(@.id == '" + id + "')]").exists();

        gateway.get().uri("/api/directory/v1/organizations/" + id).headers(h -> h.setBearerAuth(delft)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.post().uri("/api/directory/v1/organizations").headers(h -> h.setBearerAuth(delft))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", slug()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // an org coordinator cannot register organisations either
        gateway.post().uri("/api/directory/v1/organizations").headers(h -> h.setBearerAuth(tokens.password("coord.we-are-leiden")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", slug()))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    @Order(3)
    void theRegistrationEventReachesReporting() {
        String leiden = tokens.password("regie.leiden");
        long before = initiatives(leiden);
        gateway.post().uri("/api/directory/v1/organizations").headers(h -> h.setBearerAuth(leiden))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", slug()))
                .exchange().expectStatus().isCreated();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> initiatives(leiden) == before + 1);
        // the demo organisations reached reporting the same way
        JsonNode haarlem = gateway.get().uri("/api/reports/v1/directory-summary")
                .headers(h -> h.setBearerAuth(tokens.password("regie.haarlem")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get().uri("/api/reports/v1/directory-summary")
                .headers(h -> h.setBearerAuth(tokens.password("regie.haarlem")))
                .exchange().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("organizationsByType").get("self-organisation").asLong() >= 1);
        assertThat(haarlem.get("tenant").asString()).isEqualTo("haarlem");
    }

    @Test
    @Order(4)
    void forgedTokensGet401AtTheGatewayAndAtEveryService() throws InterruptedException {
        String genuine = tokens.password("regie.delft");
        tokens.createShortLivedClient("onderop-e2e-short-lived", 1);
        String soonExpired = tokens.password("onderop-e2e-short-lived", "regie.delft");
        String otherAudience = tokens.password("admin-cli", "regie.delft");
        List<String> forged = List.of(
                Forgery.replaceClaims(genuine, Map.of("tenants", List.of("leiden"))),
                Forgery.withAlgNone(genuine),
                Forgery.resignWithForeignKey(genuine),
                otherAudience);
        Thread.sleep(2_500);
        List<String> refused = new java.util.ArrayList<>(forged);
        refused.add(soonExpired);

        for (String token : refused) {
            gateway.get().uri("/api/volunteers/v1/access").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            for (PlatformApp app : PlatformApp.services()) {
                service(app).get().uri("/api/" + basePath(app) + "/v1/access").headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isUnauthorized()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        // the genuine token passes everywhere, with the claims Keycloak put in it
        for (PlatformApp app : PlatformApp.services()) {
            service(app).get().uri("/api/" + basePath(app) + "/v1/access").headers(h -> h.setBearerAuth(genuine)).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.tenants[0]").isEqualTo("delft").jsonPath("$.roles[0]").isEqualTo("municipality-coordinator");
        }
    }

    private static String basePath(PlatformApp app) {
        return app == PlatformApp.REPORTING ? "reports" : app == PlatformApp.VOLUNTEERS ? "volunteers" : app.shortName();
    }

    @Test
    @Order(5)
    void theRequestIdFromTheGatewayReachesTheServiceLog() throws Exception {
        String requestId = "e2e-" + UUID.randomUUID();
        gateway.post().uri("/api/directory/v1/organizations").headers(h -> h.setBearerAuth(tokens.password("regie.haarlem")))
                .header("X-Request-ID", requestId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("haarlem", slug()))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Request-ID", requestId);
        var directoryLog = stack.services().running().stream().filter(p -> p.name().equals("directory-service"))
                .findFirst().orElseThrow().logFile();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(directoryLog).contains(requestId));
        String log = Files.readString(directoryLog);
        assertThat(log).doesNotContain("Bearer ey");
    }

    @Test
    @Order(6)
    void anOutboxEntryWrittenBeforeACrashIsDeliveredAfterTheRestart() {
        String leiden = tokens.password("regie.leiden");
        // a directory-service that writes but never relays: as if it crashed right after the write
        stack.services().stop(PlatformApp.DIRECTORY);
        stack.services().extraEnv(PlatformApp.DIRECTORY, Map.of("ONDEROP_OUTBOX_RELAY_ENABLED", "false"));
        stack.services().start(PlatformApp.DIRECTORY);
        long before = initiatives(leiden);

        gateway.post().uri("/api/directory/v1/organizations").headers(h -> h.setBearerAuth(leiden))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", slug()))
                .exchange().expectStatus().isCreated();
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> initiatives(leiden) == before);

        stack.services().kill(PlatformApp.DIRECTORY);
        stack.services().extraEnv(PlatformApp.DIRECTORY, Map.of("ONDEROP_OUTBOX_RELAY_ENABLED", "true"));
        stack.services().start(PlatformApp.DIRECTORY);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> initiatives(leiden) == before + 1);
    }
}
