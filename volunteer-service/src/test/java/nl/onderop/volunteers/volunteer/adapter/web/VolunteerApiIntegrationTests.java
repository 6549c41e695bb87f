package nl.onderop.volunteers.volunteer.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.AuditCapture;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;
import nl.onderop.volunteers.volunteer.application.ManageVolunteers;

/**
 * The volunteer API over HTTP with signed tokens: the role table for every endpoint (own/other organisation,
 * own/other tenant, pool with and without consent), the lifecycle rules, self-service and the events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerApiIntegrationTests {

    private static final String BASE = "/api/volunteers/v1";
    private static final TestIssuer TOKENS = TestIssuer.get();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-api-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    WebTestClient client;
    String ownOrg;
    final Map<String, String> callers = new LinkedHashMap<>();

    @BeforeEach
    void world() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        ownOrg = "org-" + UUID.randomUUID().toString().substring(0, 8);
        callers.clear();
        callers.put("anonymous", null);
        callers.put("coordinator own", TOKENS.orgCoordinator("delft", ownOrg));
        callers.put("coordinator other org", TOKENS.orgCoordinator("delft", "delftse-buur"));
        callers.put("coordinator other tenant", TOKENS.orgCoordinator("leiden", ownOrg));
        callers.put("municipality", TOKENS.municipalityCoordinator("delft"));
        callers.put("platform-admin", TOKENS.platformAdmin());
        callers.put("other volunteer", TOKENS.volunteer("delft", ownOrg));
    }

    static Map<String, Object> profile(String firstName) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", "Testpersoon");
        body.put("email", firstName.toLowerCase() + "@volunteers.example");
        body.put("phone", "+31 6 0000 0000");
        body.put("languages", List.of(Map.of("code", "nl", "level", "native"), Map.of("code", "ar", "level", "B1")));
        body.put("skills", List.of("conversation-practice", "cooking"));
        body.put("interests", List.of("language"));
        body.put("availability", List.of(Map.of("day", "tuesday", "from", "19:00", "to", "21:00")));
        body.put("district", "Binnenstad");
        body.put("maxConcurrentMatches", 2);
        body.put("preferredActivities", List.of("language-cafe"));
        body.put("newcomer", false);
        body.put("certificateOfConduct", Map.of("status", "valid", "date", "2026-03-14"));
        body.put("gender", "non-binary");
        body.put("ageBand", "30-49");
        return body;
    }

    /** What a volunteer sends about itself: the profile without the organisation's decisions. */
    static Map<String, Object> ownProfile(String firstName) {
        Map<String, Object> body = profile(firstName);
        body.keySet().removeAll(COORDINATOR_FIELDS);
        return body;
    }

    private static final List<String> COORDINATOR_FIELDS = List.of("maxConcurrentMatches", "newcomer", "certificateOfConduct");

    private EntityExchangeResult<String> send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(BASE + path).headers(headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        });
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectBody(String.class).returnResult();
    }

    private JsonNode json(EntityExchangeResult<String> result) {
        return JsonMapper.builder().build().readTree(result.getResponseBody());
    }

    private String register(String firstName) {
        EntityExchangeResult<String> created = send(HttpMethod.POST, "/volunteers", callers.get("coordinator own"), profile(firstName));
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private void moveTo(String id, String... statuses) {
        for (String status : statuses) {
            EntityExchangeResult<String> moved = send(HttpMethod.PUT, "/volunteers/" + id + "/status",
                    callers.get("coordinator own"), Map.of("status", status));
            assertThat(moved.getStatus().value()).as(moved.getResponseBody()).isEqualTo(200);
        }
    }

    private record Cell(String operation, String caller, int expected, int actual) {
    }

    private void check(List<Cell> mismatches, String operation, int[] expected, Function<String, EntityExchangeResult<String>> request) {
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            EntityExchangeResult<String> result = request.apply(caller.getValue());
            if (result.getStatus().value() != expected[i]) {
                mismatches.add(new Cell(operation, caller.getKey(), expected[i], result.getStatus().value()));
            }
            i++;
        }
    }

    /** Expected statuses in the order of {@link #callers}. */
    private static int[] row(int anonymous, int own, int otherOrg, int otherTenant, int municipality, int admin, int volunteer) {
        return new int[] {anonymous, own, otherOrg, otherTenant, municipality, admin, volunteer};
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() {
        String withoutConsent = register("Zonder");
        moveTo(withoutConsent, "intake", "screening", "active");
        List<Cell> mismatches = new ArrayList<>();

        check(mismatches, "POST volunteer", row(401, 201, 201, 201, 403, 403, 403),
                token -> send(HttpMethod.POST, "/volunteers", token, profile("Nieuw")));
        check(mismatches, "GET volunteer without consent", row(401, 200, 404, 404, 404, 404, 404),
                token -> send(HttpMethod.GET, "/volunteers/" + withoutConsent, token, null));
        check(mismatches, "PUT volunteer", row(401, 200, 404, 404, 404, 404, 404),
                token -> send(HttpMethod.PUT, "/volunteers/" + withoutConsent, token, profile("Zonder")));
        check(mismatches, "PUT status (same status)", row(401, 200, 404, 404, 404, 404, 404),
                token -> send(HttpMethod.PUT, "/volunteers/" + withoutConsent + "/status", token, Map.of("status", "active")));
        check(mismatches, "GET search", row(401, 200, 200, 200, 403, 403, 403),
                token -> send(HttpMethod.GET, "/volunteers?language=ar", token, null));
        check(mismatches, "GET me (no profile yet)", row(401, 403, 403, 403, 403, 403, 404),
                token -> send(HttpMethod.GET, "/me", token, null));
        check(mismatches, "GET me/export (no profile yet)", row(401, 403, 403, 403, 403, 403, 404),
                token -> send(HttpMethod.GET, "/me/export", token, null));
        check(mismatches, "PUT me by a coordinator or admin", row(401, 403, 403, 403, 403, 403, 200),
                token -> send(HttpMethod.PUT, "/me", token, ownProfile("Zelf")));

        assertThat(mismatches).as("cells where the answer differs from the role table").isEmpty();
        // the other organisation's search does not contain the volunteer without consent
        assertThat(send(HttpMethod.GET, "/volunteers?pool=true", callers.get("coordinator other org"), null).getResponseBody())
                .doesNotContain(withoutConsent);
    }

    @Test
    void theTenantPoolShowsConsentingActiveVolunteersWithoutContactDetails() {
        String account = "vol-" + UUID.randomUUID();
        String token = TOKENS.token(account, List.of("volunteer"), List.of("delft"), ownOrg);
        EntityExchangeResult<String> created = send(HttpMethod.PUT, "/me", token, ownProfile("Amal"));
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(200);
        String id = json(created).get("id").asString();
        assertThat(json(created).get("status").asString()).isEqualTo("applied");
        assertThat(json(created).get("organizations").toString()).contains(ownOrg);

        moveTo(id, "intake", "screening", "active");
        String otherOrg = callers.get("coordinator other org");
        assertThat(send(HttpMethod.GET, "/volunteers/" + id, otherOrg, null).getStatus().value()).isEqualTo(404);

        assertThat(send(HttpMethod.PUT, "/me/pool-consent", token, Map.of("given", true)).getStatus().value()).isEqualTo(200);

        JsonNode seen = json(send(HttpMethod.GET, "/volunteers/" + id, otherOrg, null));
        assertThat(seen.get("view").asString()).isEqualTo("pool");
        assertThat(seen.get("firstName").asString()).isEqualTo("Amal");
        assertThat(seen.get("lastName").isNull()).isTrue();
        assertThat(seen.get("email").isNull()).isTrue();
        assertThat(seen.get("phone").isNull()).isTrue();
        // the pool view shows neither the self-declared gender nor the age band
        assertThat(seen.get("gender").isNull()).isTrue();
        assertThat(seen.get("ageBand").isNull()).isTrue();
        assertThat(seen.get("languages").toString()).contains("\"ar\"");
        assertThat(send(HttpMethod.GET, "/volunteers?pool=true&language=ar&day=tuesday&at=19:30&district=binnenstad",
                otherOrg, null).getResponseBody()).contains(id).doesNotContain("@volunteers.example");
        assertThat(send(HttpMethod.GET, "/volunteers?pool=true&day=wednesday", otherOrg, null).getResponseBody())
                .doesNotContain(id);
        // another tenant never sees it; the other organisation cannot change it
        assertThat(send(HttpMethod.GET, "/volunteers/" + id, callers.get("coordinator other tenant"), null).getStatus().value())
                .isEqualTo(404);
        assertThat(send(HttpMethod.PUT, "/volunteers/" + id, otherOrg, profile("Amal")).getStatus().value()).isEqualTo(403);
        // its own view
        JsonNode own = json(send(HttpMethod.GET, "/me", token, null));
        assertThat(own.get("email").asString()).isEqualTo("amal@volunteers.example");
        assertThat(own.get("poolConsent").asBoolean()).isTrue();
        assertThat(own.get("gender").asString()).isEqualTo("non-binary");
        assertThat(own.get("ageBand").asString()).isEqualTo("30-49");
        // both are optional: a profile without them keeps them empty
        Map<String, Object> untold = ownProfile("Amal");
        untold.remove("gender");
        untold.remove("ageBand");
        JsonNode changed = json(send(HttpMethod.PUT, "/me", token, untold));
        assertThat(changed.get("gender").isNull()).isTrue();
        assertThat(changed.get("ageBand").isNull()).isTrue();
        // withdrawn consent: gone from the pool
        send(HttpMethod.PUT, "/me/pool-consent", token, Map.of("given", false));
        assertThat(send(HttpMethod.GET, "/volunteers/" + id, otherOrg, null).getStatus().value()).isEqualTo(404);
    }

    @Test
    void anInvalidTransitionIsAConflictAndStoppingNeedsAReason() {
        String id = register("Bram");
        EntityExchangeResult<String> skip = send(HttpMethod.PUT, "/volunteers/" + id + "/status",
                callers.get("coordinator own"), Map.of("status", "active"));
        assertThat(skip.getStatus().value()).isEqualTo(409);
        assertThat(skip.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(skip.getResponseBody()).contains("intake");

        EntityExchangeResult<String> noReason = send(HttpMethod.PUT, "/volunteers/" + id + "/status",
                callers.get("coordinator own"), Map.of("status", "stopped"));
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(json(noReason).get("invalidParams").get(0).get("name").asString()).isEqualTo("reason");

        EntityExchangeResult<String> badReason = send(HttpMethod.PUT, "/volunteers/" + id + "/status",
                callers.get("coordinator own"), Map.of("status", "stopped", "reason", "bored"));
        assertThat(json(badReason).get("invalidParams").get(0).get("name").asString()).isEqualTo("reason");

        EntityExchangeResult<String> stopped = send(HttpMethod.PUT, "/volunteers/" + id + "/status",
                callers.get("coordinator own"), Map.of("status", "stopped", "reason", "no-click"));
        assertThat(json(stopped).get("stopReason").asString()).isEqualTo("no-click");
        assertThat(send(HttpMethod.PUT, "/volunteers/" + id + "/status", callers.get("coordinator own"),
                Map.of("status", "active")).getStatus().value()).isEqualTo(409);
    }

    @Test
    void aVolunteerNeverSetsWhatItsOrganisationDecides() {
        String token = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("delft"), ownOrg);
        // every field of the coordinator's request, sent to self-service: refused, nothing created
        EntityExchangeResult<String> forged = send(HttpMethod.PUT, "/me", token, profile("Vera"));
        assertThat(forged.getStatus().value()).as(forged.getResponseBody()).isEqualTo(400);
        assertThat(forged.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(send(HttpMethod.GET, "/me", token, null).getStatus().value()).isEqualTo(404);
        for (String field : COORDINATOR_FIELDS) {
            Map<String, Object> oneMore = ownProfile("Vera");
            oneMore.put(field, profile("Vera").get(field));
            JsonNode refused = json(send(HttpMethod.PUT, "/me", token, oneMore));
            assertThat(refused.get("status").asInt()).as(field).isEqualTo(400);
            assertThat(refused.get("invalidParams").get(0).get("name").asString()).isEqualTo(field);
        }
        // the first save starts the organisation's decisions at their defaults
        JsonNode created = json(send(HttpMethod.PUT, "/me", token, ownProfile("Vera")));
        String id = created.get("id").asString();
        assertThat(created.get("certificateOfConduct").get("status").asString()).isEqualTo("none");
        assertThat(created.get("maxConcurrentMatches").asInt()).isEqualTo(1);
        assertThat(created.get("newcomer").asBoolean()).isFalse();

        // the coordinator of the volunteer's organisation sets the VOG: audited
        try (AuditCapture audit = AuditCapture.start()) {
            Map<String, Object> decided = profile("Vera");
            decided.put("maxConcurrentMatches", 3);
            EntityExchangeResult<String> set = send(HttpMethod.PUT, "/volunteers/" + id, callers.get("coordinator own"), decided);
            assertThat(set.getStatus().value()).as(set.getResponseBody()).isEqualTo(200);
            String line = audit.await(ManageVolunteers.VOG_SET, "object=volunteer:" + id, "tenant=delft", "outcome=SUCCESS");
            assertThat(line).doesNotContain("Vera").doesNotContain("@volunteers.example");
            // a replace that leaves the VOG as it is writes no second line
            assertThat(send(HttpMethod.PUT, "/volunteers/" + id, callers.get("coordinator own"), decided).getStatus().value())
                    .isEqualTo(200);
            assertThat(audit.of(ManageVolunteers.VOG_SET)).hasSize(1);
        }
        // the volunteer replaces everything it may send: the decisions stay
        Map<String, Object> replaced = ownProfile("Vera");
        replaced.put("district", "Tanthof");
        JsonNode own = json(send(HttpMethod.PUT, "/me", token, replaced));
        assertThat(own.get("district").asString()).isEqualTo("Tanthof");
        assertThat(own.get("certificateOfConduct").get("status").asString()).isEqualTo("valid");
        assertThat(own.get("certificateOfConduct").get("date").asString()).isEqualTo("2026-03-14");
        assertThat(own.get("maxConcurrentMatches").asInt()).isEqualTo(3);
        // a coordinator's form that leaves the decisions out keeps them as well
        JsonNode kept = json(send(HttpMethod.PUT, "/volunteers/" + id, callers.get("coordinator own"), ownProfile("Vera")));
        assertThat(kept.get("certificateOfConduct").get("status").asString()).isEqualTo("valid");
        assertThat(kept.get("maxConcurrentMatches").asInt()).isEqualTo(3);
        // another organisation's coordinator, or one of another tenant, cannot set it
        for (String outsider : List.of("coordinator other org", "coordinator other tenant")) {
            Map<String, Object> attempt = profile("Vera");
            attempt.put("certificateOfConduct", Map.of("status", "expired", "date", "2020-01-01"));
            assertThat(send(HttpMethod.PUT, "/volunteers/" + id, callers.get(outsider), attempt).getStatus().value())
                    .as(outsider).isIn(403, 404);
        }
        assertThat(json(send(HttpMethod.GET, "/me", token, null)).get("certificateOfConduct").get("status").asString())
                .isEqualTo("valid");
    }

    @Test
    void badProfilesAreRefusedNamingEveryWrongField() {
        Map<String, Object> bad = profile("Fout");
        bad.put("languages", List.of(Map.of("code", "Arabic", "level", "fluent")));
        bad.put("availability", List.of(Map.of("day", "tuesday", "from", "21:00", "to", "19:00")));
        bad.put("maxConcurrentMatches", 40);
        bad.put("certificateOfConduct", Map.of("status", "maybe"));
        bad.put("gender", "unknown");
        bad.put("ageBand", "40-45");
        JsonNode problem = json(send(HttpMethod.POST, "/volunteers", callers.get("coordinator own"), bad));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("invalidParams").toString()).contains("languages[0].code", "languages[0].level",
                "availability[0].to", "maxConcurrentMatches", "certificateOfConduct.status", "\"gender\"", "\"ageBand\"");

        Map<String, Object> shape = profile("Vorm");
        shape.put("shoeSize", 44);
        assertThat(json(send(HttpMethod.POST, "/volunteers", callers.get("coordinator own"), shape))
                .get("invalidParams").get(0).get("name").asString()).isEqualTo("shoeSize");
        assertThat(json(send(HttpMethod.GET, "/volunteers?day=funday&pageSize=500", callers.get("coordinator own"), null))
                .get("invalidParams").toString()).contains("day", "pageSize");
    }

    @Test
    void eventsCarryWhatMatchingNeedsAndNothingPersonal() {
        String id = register("Sara");
        moveTo(id, "intake", "screening", "active", "paused");

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> events = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(id) && record.value().contains("volunteer.paused"), Duration.ofSeconds(30))
                .stream().map(record -> json.readTree(record.value()))
                .filter(event -> id.equals(event.get("subject").asString())).toList();
        assertThat(events).extracting(event -> event.get("type").asString()).containsExactly(
                "nl.onderop.volunteers.volunteer.registered.v1",
                "nl.onderop.volunteers.volunteer.status-changed.v1",
                "nl.onderop.volunteers.volunteer.status-changed.v1",
                "nl.onderop.volunteers.volunteer.activated.v1",
                "nl.onderop.volunteers.volunteer.paused.v1");
        JsonNode data = events.get(3).get("data");
        assertThat(data.get("languages").toString()).contains("\"ar\"");
        assertThat(data.get("availability").toString()).contains("tuesday");
        assertThat(data.get("district").asString()).isEqualTo("Binnenstad");
        assertThat(data.get("maxConcurrentMatches").asInt()).isEqualTo(2);
        assertThat(data.get("gender").asString()).isEqualTo("non-binary");
        assertThat(data.get("ageBand").asString()).isEqualTo("30-49");
        String all = events.toString();
        assertThat(all).doesNotContain("Sara").doesNotContain("Testpersoon").doesNotContain("@volunteers.example")
                .doesNotContain("+31 6");
    }

    @Test
    void aVolunteerDownloadsAllOwnDataAndIsForgottenOnRequest() {
        String account = "vol-" + UUID.randomUUID();
        String token = TOKENS.token(account, List.of("volunteer"), List.of("delft"), ownOrg);
        String id = json(send(HttpMethod.PUT, "/me", token, ownProfile("Yonas"))).get("id").asString();
        moveTo(id, "intake", "screening", "active");
        AuditCapture audit = AuditCapture.start();
        send(HttpMethod.PUT, "/me/pool-consent", token, Map.of("given", true));
        audit.await("person.consent", "actor=" + account, "tenant=delft", "object=volunteer:" + id);

        EntityExchangeResult<String> export = send(HttpMethod.GET, "/me/export", token, null);
        audit.await("person.export", "actor=" + account, "tenant=delft", "object=volunteer:" + id, "outcome=SUCCESS");
        assertThat(export.getStatus().value()).isEqualTo(200);
        assertThat(export.getResponseHeaders().getFirst("Content-Disposition")).contains("attachment");
        JsonNode exported = json(export);
        assertThat(exported.get("profile").get("email").asString()).isEqualTo("yonas@volunteers.example");
        assertThat(exported.get("memberships").toString()).contains(ownOrg);
        assertThat(exported.get("poolConsent").get("textVersion").asString()).isEqualTo("pool-2026.1");
        assertThat(exported.get("account").asString()).isEqualTo(account);
        assertThat(exported.get("profile").get("gender").asString()).isEqualTo("non-binary");
        assertThat(exported.get("profile").get("ageBand").asString()).isEqualTo("30-49");

        assertThat(send(HttpMethod.DELETE, "/me", token, null).getStatus().value()).isEqualTo(204);
        audit.await("person.erasure", "actor=" + account, "tenant=delft", "object=volunteer:" + id, "outcome=SUCCESS");
        assertThat(String.join("\n", audit.lines())).doesNotContain("Yonas").doesNotContain("@volunteers.example");
        audit.close();

        assertThat(send(HttpMethod.GET, "/me", token, null).getStatus().value()).isEqualTo(404);
        assertThat(send(HttpMethod.GET, "/me/export", token, null).getStatus().value()).isEqualTo(404);
        assertThat(send(HttpMethod.GET, "/volunteers/" + id, callers.get("coordinator own"), null).getStatus().value()).isEqualTo(404);
        assertThat(send(HttpMethod.GET, "/volunteers?pool=true", callers.get("coordinator other org"), null).getResponseBody())
                .doesNotContain(id);

        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> erasure = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(id) && record.value().contains("erasure-requested"), Duration.ofSeconds(30))
                .stream().map(record -> mapper.readTree(record.value()))
                .filter(event -> event.get("type").asString().endsWith("person.erasure-requested.v1")
                        && id.equals(event.get("subject").asString()))
                .toList();
        assertThat(erasure).hasSize(1);
        assertThat(erasure.get(0).get("data").get("account").asString()).isEqualTo(account);

        // once the event has left the outbox, nothing of the person is left in this service's store
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> storedVolunteer(id).getList("outbox", Document.class, List.of()).isEmpty());
        String stored = storedVolunteer(id).toJson();
        assertThat(stored).doesNotContain("Yonas", "Testpersoon", "yonas@volunteers.example", "+31 6", account,
                "Binnenstad", "conversation-practice", "\"ar\"", ownOrg, "non-binary", "30-49");
        assertThat(stored).contains("\"status\": \"stopped\"");
    }

    @Test
    void anAccountHasOneProfileEvenWhenItsFirstSavesRace() {
        String account = "vol-" + UUID.randomUUID();
        String token = TOKENS.token(account, List.of("volunteer"), List.of("delft"), ownOrg);
        WebClient concurrent = WebClient.create("http://localhost:" + port);
        List<Integer> statuses = Flux.range(0, 8)
                .flatMap(i -> concurrent.put().uri(BASE + "/me").headers(headers -> headers.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(ownProfile("Gelijk" + i))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 8)
                .collectList().block(Duration.ofSeconds(60));
        // every first save either made the profile, replaced it, or was told to read and retry
        assertThat(statuses).hasSize(8).allMatch(status -> status == 200 || status == 409).contains(200);
        assertThat(profilesOf(account)).isEqualTo(1);

        // the store itself refuses a second profile for the account, whoever writes it
        Document copy = storedVolunteerOf(account);
        copy.put("_id", UUID.randomUUID().toString());
        copy.remove("outbox");
        assertThat(mongo.getCollection("volunteers")
                .flatMap(collection -> Mono.from(collection.insertOne(copy)))
                .map(inserted -> "inserted").onErrorResume(error -> Mono.just(error.getClass().getSimpleName()))
                .block()).isNotEqualTo("inserted");
        assertThat(profilesOf(account)).isEqualTo(1);
        // volunteers without a login (registered by a coordinator) are not held by the index
        register("Zonder1");
        register("Zonder2");
    }

    private long profilesOf(String account) {
        return mongo.getCollection("volunteers")
                .flatMap(collection -> Mono.from(collection.countDocuments(new Document("account", account))))
                .block();
    }

    private Document storedVolunteerOf(String account) {
        return mongo.getCollection("volunteers")
                .flatMap(collection -> Mono.from(collection.find(new Document("account", account)).first()))
                .block();
    }

    @Test
    void aCoordinatorErasesAVolunteerWithoutALoginAndNoOneElseDoes() {
        String id = register("Zonderlogin");
        moveTo(id, "intake");
        Map<String, Integer> refused = new LinkedHashMap<>();
        for (String caller : List.of("anonymous", "coordinator other org", "coordinator other tenant", "municipality",
                "platform-admin", "other volunteer")) {
            refused.put(caller, send(HttpMethod.DELETE, "/volunteers/" + id, callers.get(caller), null).getStatus().value());
        }
        assertThat(refused).isEqualTo(Map.of("anonymous", 401, "coordinator other org", 404,
                "coordinator other tenant", 404, "municipality", 404, "platform-admin", 404, "other volunteer", 404));

        try (AuditCapture audit = AuditCapture.start()) {
            assertThat(send(HttpMethod.DELETE, "/volunteers/" + id, callers.get("coordinator own"), null).getStatus().value())
                    .isEqualTo(204);
            audit.await("person.erasure", "actor=coord-" + ownOrg, "tenant=delft", "object=volunteer:" + id);
        }
        assertThat(send(HttpMethod.GET, "/volunteers/" + id, callers.get("coordinator own"), null).getStatus().value())
                .isEqualTo(404);
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> storedVolunteer(id).getList("outbox", Document.class, List.of()).isEmpty());
        assertThat(storedVolunteer(id).toJson()).doesNotContain("Zonderlogin", "Testpersoon", "@volunteers.example", ownOrg);

        // a volunteer who signs in erases its own data: the coordinator may not do it for them
        String token = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("delft"), ownOrg);
        String withLogin = json(send(HttpMethod.PUT, "/me", token, ownProfile("Metlogin"))).get("id").asString();
        EntityExchangeResult<String> conflict = send(HttpMethod.DELETE, "/volunteers/" + withLogin, callers.get("coordinator own"), null);
        assertThat(conflict.getStatus().value()).isEqualTo(409);
        assertThat(conflict.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(send(HttpMethod.GET, "/me", token, null).getStatus().value()).isEqualTo(200);
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    private Document storedVolunteer(String id) {
        return mongo.getCollection("volunteers")
                .flatMap(collection -> Mono.from(collection.find(new Document("_id", id)).first()))
                .toFuture().join();
    }
}
