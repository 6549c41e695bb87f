package nl.onderop.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import nl.onderop.matching.candidate.application.CandidateRepository;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.testsupport.AuditCapture;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

/**
 * The role table on real HTTP calls with signed tokens: a coordinator sees only its own organisation's
 * newcomers, requests and matches; the match's volunteer sees it once approved; a municipality coordinator and
 * a platform admin see none of them; erasure leaves nothing of the person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingAccessIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final String TENANT = "leiden";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "matching-access-tests");
    }

    @LocalServerPort
    int port;

    @Autowired
    CandidateRepository candidates;

    @Autowired
    ReactiveMongoTemplate mongo;

    MatchingApi api;
    String organization;
    String coordinator;
    String volunteerAccount;
    String volunteerId;

    @BeforeEach
    void anOrganisationWithAVolunteer() {
        api = new MatchingApi(port);
        organization = "org-" + UUID.randomUUID().toString().substring(0, 8);
        coordinator = TOKENS.orgCoordinator(TENANT, organization);
        volunteerAccount = "vol-" + UUID.randomUUID();
        volunteerId = UUID.randomUUID().toString();
        VolunteerEventsFeed.publish("nl.onderop.volunteers.volunteer.activated.v1", TENANT, volunteerId,
                VolunteerEventsFeed.volunteer(volunteerId, TENANT, volunteerAccount, organization, "Binnenstad", 2));
        MatchingApi.await("candidate", () -> Boolean.TRUE.equals(candidates.findById(volunteerId).hasElement().toFuture().join()));
    }

    @Test
    void everyCallerSeesExactlyWhatItsRoleAllows() {
        String newcomer = api.expect(201, HttpMethod.POST, "/newcomers", coordinator, MatchingApi.newcomer("Farid", "Binnenstad",
                List.of(Map.of("code", "nl", "level", "B1")), List.of(Map.of("day", "tuesday", "from", "19:00", "to", "21:00"))))
                .get("id").asString();
        String request = api.openRequest(coordinator, newcomer, "buddy");
        String match = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of()).get("proposals").get(0)
                .get("id").asString();
        api.expect(200, HttpMethod.PUT, "/matches/" + match + "/decision", coordinator, Map.of("approve", true));

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("own coordinator", coordinator);
        callers.put("other organisation", TOKENS.orgCoordinator(TENANT, "other-" + organization));
        callers.put("same organisation, other tenant", TOKENS.orgCoordinator("delft", organization));
        callers.put("municipality", TOKENS.municipalityCoordinator(TENANT));
        callers.put("platform admin", TOKENS.platformAdmin());
        callers.put("the match's volunteer", TOKENS.token(volunteerAccount, List.of("volunteer"), List.of(TENANT), organization));
        callers.put("another volunteer", TOKENS.volunteer(TENANT, organization));
        callers.put("another newcomer", TOKENS.token("nc-" + UUID.randomUUID(), List.of("newcomer"), List.of(TENANT), organization));
        callers.put("anonymous", null);

        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        table.put("GET /newcomers/" + newcomer, expected(200, 404, 404, 404, 404, 404, 404, 404, 401));
        table.put("GET /help-requests/" + request, expected(200, 404, 404, 404, 404, 404, 404, 404, 401));
        table.put("GET /matches/" + match, expected(200, 404, 404, 404, 404, 200, 404, 404, 401));
        table.put("GET /newcomers", expected(200, 200, 200, 403, 403, 403, 403, 403, 401));
        table.put("GET /matches", expected(200, 200, 200, 403, 403, 403, 403, 403, 401));
        table.put("GET /help-requests", expected(200, 200, 200, 403, 403, 403, 403, 403, 401));
        table.put("PUT /matches/" + match + "/phase", expected(409, 404, 404, 404, 404, 403, 404, 404, 401));
        table.put("PUT /help-requests/" + request + "/closure", expected(200, 404, 404, 404, 404, 404, 404, 404, 401));
        table.put("GET /matching-settings", expected(200, 200, 200, 403, 403, 403, 403, 403, 401));
        table.put("POST /candidate-rebuilds", expected(403, 403, 403, 403, 200, 403, 403, 403, 401));

        Map<String, Object> bodies = Map.of("PUT /matches/" + match + "/phase", Map.of("state", "trial"),
                "PUT /help-requests/" + request + "/closure", Map.of("reason", "test"));
        table.forEach((call, expectations) -> expectations.forEach((caller, status) -> {
            String[] parts = call.split(" ", 2);
            Object body = bodies.get(call);
            int actual = api.send(HttpMethod.valueOf(parts[0]), parts[1], callers.get(caller), body).getStatus().value();
            assertThat(actual).as(caller + ": " + call).isEqualTo(status);
        }));

        // lists show only the caller's own organisation
        assertThat(api.expect(200, HttpMethod.GET, "/newcomers", callers.get("other organisation"), null)
                .get("newcomers").toString()).doesNotContain(newcomer);
        assertThat(api.expect(200, HttpMethod.GET, "/matches", callers.get("same organisation, other tenant"), null)
                .get("matches").toString()).doesNotContain(match);
        assertThat(api.expect(200, HttpMethod.GET, "/matches", coordinator, null).get("matches").toString()).contains(match);
    }

    private static Map<String, Integer> expected(int... statuses) {
        List<String> order = List.of("own coordinator", "other organisation", "same organisation, other tenant",
                "municipality", "platform admin", "the match's volunteer", "another volunteer", "another newcomer", "anonymous");
        Map<String, Integer> row = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            row.put(order.get(i), statuses[i]);
        }
        return row;
    }

    @Test
    void erasingANewcomerOrAVolunteerLeavesNothingOfThePersonAndTheReadModelCanBeRebuilt() {
        String account = "nc-" + UUID.randomUUID();
        String self = TOKENS.token(account, List.of("newcomer"), List.of(TENANT), organization);
        AuditCapture audit = AuditCapture.start();
        String newcomer = api.expect(200, HttpMethod.PUT, "/me/newcomer-profile", self, MatchingApi.newcomer("Mariam",
                "Binnenstad", List.of(Map.of("code", "nl", "level", "A2")),
                List.of(Map.of("day", "tuesday", "from", "19:00", "to", "21:00")))).get("id").asString();
        String helpRequest = api.expect(201, HttpMethod.POST, "/me/help-requests", self, Map.of("kind", "language-buddy",
                "description", "Mariam wil Nederlands oefenen")).get("id").asString();
        String match = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of()).get("proposals").get(0)
                .get("id").asString();
        api.expect(200, HttpMethod.PUT, "/matches/" + match + "/decision", coordinator, Map.of("approve", true));
        JsonNode export = api.expect(200, HttpMethod.GET, "/me/export", self, null);
        audit.await("person.consent", "actor=" + account, "tenant=" + TENANT, "object=newcomer:" + newcomer);
        audit.await("match.approve", "actor=coord-" + organization, "tenant=" + TENANT, "object=match:" + match);
        audit.await("person.export", "actor=" + account, "object=newcomer:" + newcomer, "outcome=SUCCESS");
        assertThat(export.get("helpRequests")).hasSize(1);
        assertThat(export.get("matches").get(0).get("id").asString()).isEqualTo(match);

        api.expect(204, HttpMethod.DELETE, "/me/newcomer-profile", self, null);
        audit.await("person.erasure", "actor=" + account, "tenant=" + TENANT, "object=newcomer:" + newcomer);
        api.expect(404, HttpMethod.GET, "/me/newcomer-profile", self, null);
        Document stored = document("newcomers", newcomer);
        assertThat(stored.toJson()).doesNotContain("Mariam").doesNotContain(account);
        // the help request was closed first (the volunteer service cancels its tasks), then kept without the story
        List<TopicReader.Record> closed = TopicReader.readUntil(TestKafka.brokers(), "onderop.matching.events",
                record -> record.value().contains("help-request.closed") && record.value().contains(helpRequest),
                Duration.ofSeconds(30));
        assertThat(closed.get(closed.size() - 1).value()).contains(HelpRequest.NEWCOMER_ERASED).doesNotContain("Mariam")
                .doesNotContain(newcomer);
        Document request = document("help_requests", helpRequest);
        assertThat(request.getBoolean("open")).isFalse();
        assertThat(request.toJson()).doesNotContain("Mariam").doesNotContain("Nederlands oefenen").doesNotContain(newcomer);
        assertThat(count("matches", "newcomerId", newcomer)).isZero();

        // a second newcomer's match with the volunteer, then the volunteer service announces the volunteer's erasure
        String other = api.expect(201, HttpMethod.POST, "/newcomers", coordinator, MatchingApi.newcomer("Habib", "Binnenstad",
                List.of(Map.of("code", "ar", "level", "native")), List.of(Map.of("day", "tuesday", "from", "19:00", "to", "21:00"))))
                .get("id").asString();
        api.openRequest(coordinator, other, "buddy");
        String second = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of()).get("proposals").get(0)
                .get("id").asString();
        VolunteerEventsFeed.publish("nl.onderop.volunteers.person.erasure-requested.v1", TENANT, volunteerId,
                Map.of("volunteerId", volunteerId, "tenant", TENANT, "account", volunteerAccount,
                        "organizations", List.of(organization)));
        MatchingApi.await("the volunteer's erasure", () -> Boolean.FALSE.equals(candidates.findById(volunteerId).hasElement()
                .toFuture().join()));
        MatchingApi.await("the match to lose the volunteer", () -> !document("matches", second).containsKey("volunteerId"));
        // a state event that arrives after the erasure (redelivered, replayed from the dead-letter topic) brings
        // nothing back: the tombstone holds only the pseudonymous id
        VolunteerEventsFeed.publish("nl.onderop.volunteers.volunteer.activated.v1", TENANT, volunteerId,
                VolunteerEventsFeed.volunteer(volunteerId, TENANT, volunteerAccount, organization, "Binnenstad", 2));
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> Boolean.FALSE.equals(candidates.findById(volunteerId).hasElement().toFuture().join()));
        assertThat(document("erased_volunteers", volunteerId).toJson()).doesNotContain(volunteerAccount);
        // events written before the erasure still name the volunteer's pseudonymous id until the relay sends them
        MatchingApi.await("the match's events to be relayed",
                () -> document("matches", second).getList("outbox", Document.class, List.of()).isEmpty());
        Document ended = document("matches", second);
        assertThat(ended.getString("state")).isEqualTo("ended");
        assertThat(ended.getString("endReason")).isEqualTo("volunteer-stopped");
        assertThat(ended.toJson()).doesNotContain(volunteerId).doesNotContain(volunteerAccount);

        // the read model comes back from the topic: every volunteer event replayed, the erasure included
        JsonNode rebuilt = api.expect(200, HttpMethod.POST, "/candidate-rebuilds", TOKENS.platformAdmin(), null);
        audit.await("candidates.rebuild", "actor=admin-test", "object=candidates:all", "outcome=SUCCESS");
        assertThat(String.join("\n", audit.lines())).doesNotContain("Mariam");
        audit.close();
        assertThat(rebuilt.get("eventsRead").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(candidates.findById(volunteerId).hasElement().toFuture().join()).isFalse();
        assertThat(rebuilt.get("candidates").asLong()).isEqualTo(candidates.count().toFuture().join());
    }

    @Test
    void aNewcomerAccountHasOneProfilePerTenantEvenWhenItsFirstSavesRace() {
        String account = "nc-" + UUID.randomUUID();
        String self = TOKENS.token(account, List.of("newcomer"), List.of(TENANT), organization);
        WebClient concurrent = WebClient.create("http://localhost:" + port);
        List<Integer> statuses = Flux.range(0, 8)
                .flatMap(i -> concurrent.put().uri(MatchingApi.BASE + "/me/newcomer-profile")
                        .headers(headers -> headers.setBearerAuth(self)).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(MatchingApi.newcomer("Gelijk" + i, "Binnenstad", List.of(Map.of("code", "nl", "level", "A2")),
                                List.of()))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 8)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(statuses).hasSize(8).allMatch(status -> status == 200 || status == 409).contains(200);
        assertThat(count("newcomers", "account", account)).isEqualTo(1);

        // the store refuses a second profile for the account in the tenant, whoever writes it
        Document copy = mongo.getCollection("newcomers")
                .flatMap(c -> Mono.from(c.find(new Document("account", account)).first())).block();
        copy.put("_id", UUID.randomUUID().toString());
        copy.remove("outbox");
        String outcome = mongo.getCollection("newcomers").flatMap(c -> Mono.from(c.insertOne(copy)))
                .map(inserted -> "inserted").onErrorResume(error -> Mono.just("refused")).block();
        assertThat(outcome).isEqualTo("refused");
        // newcomers registered by a coordinator have no account and are not held by the index
        api.registerNewcomer(coordinator, "Zonder1");
        api.registerNewcomer(coordinator, "Zonder2");
    }

    private Document document(String collection, String id) {
        return mongo.getCollection(collection).flatMap(c -> Mono.from(c.find(new Document("_id", id)).first()))
                .toFuture().join();
    }

    private long count(String collection, String field, String value) {
        return mongo.getCollection(collection).flatMapMany(c -> Flux.from(c.find(new Document(field, value))))
                .count().toFuture().join();
    }
}
