package nl.onderop.volunteers.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;
import nl.onderop.volunteers.ApiCalls;
import nl.onderop.volunteers.attention.application.AttentionScanner;

/**
 * The attention list and its event over HTTP, with a clock the test moves forward: the three reasons, the
 * organisation's own number of weeks, check-ins, the role table, and one event per occurrence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttentionListIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A clock the tests move forward; every component that asks the Clock bean sees it. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class MovableTime {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-attention-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
        registry.add("onderop.volunteers.attention.scheduled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    AttentionScanner scanner;

    @Autowired
    ReactiveMongoTemplate mongo;

    ApiCalls api;
    String org;
    String coordinator;

    @BeforeEach
    void world() {
        api = new ApiCalls(port);
        org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        coordinator = TOKENS.orgCoordinator("haarlem", org);
    }

    private String today() {
        return LocalDate.now(clock.withZone(ZONE)).toString();
    }

    private JsonNode attentionList(String token) {
        EntityExchangeResult<String> listed = api.send(HttpMethod.GET, "/attention-list", token, null);
        assertThat(listed.getStatus().value()).as(listed.getResponseBody()).isEqualTo(200);
        return ApiCalls.json(listed);
    }

    private static List<String> reasonsOf(JsonNode list, String volunteerId) {
        List<String> reasons = new ArrayList<>();
        list.get("items").forEach(item -> {
            if (volunteerId.equals(item.get("volunteerId").asString())) {
                reasons.add(item.get("reason").asString());
            }
        });
        return reasons;
    }

    private List<Document> occurrencesOf(String volunteerId) {
        return mongo.getCollection("attention_occurrences")
                .flatMapMany(collection -> Flux.from(collection.find(new Document("volunteerId", volunteerId))))
                .collectList().block();
    }

    @Test
    void listsTheThreeReasonsWithTheOrganisationsOwnNumberOfWeeks() {
        ApiCalls.SignedUp silent = api.signUp("haarlem", org, "Stil", 1);
        api.activate(silent.id(), coordinator);
        String silentSince = today();
        api.log(silent.token(), ApiCalls.activity(silentSince, 1, "task", null));
        ApiCalls.SignedUp starter = api.signUp("haarlem", org, "Nieuw", 1);
        String joined = today();
        ApiCalls.SignedUp busy = api.signUp("haarlem", org, "Druk", 0);
        api.activate(busy.id(), coordinator);
        assertThat(reasonsOf(attentionList(coordinator), silent.id())).isEmpty();

        clock.advance(Duration.ofDays(5 * 7));
        api.log(busy.token(), ApiCalls.activity(today(), 2, "buddy-meeting", "geheim"));

        JsonNode list = attentionList(coordinator);
        assertThat(list.get("weeks").asInt()).isEqualTo(4);
        assertThat(reasonsOf(list, silent.id())).containsExactly("no-recent-activity");
        assertThat(reasonsOf(list, starter.id())).containsExactly("no-first-activity");
        assertThat(reasonsOf(list, busy.id())).containsExactly("above-capacity");
        list.get("items").forEach(item -> {
            String id = item.get("volunteerId").asString();
            String expectedSince = id.equals(silent.id()) ? silentSince : id.equals(starter.id()) ? joined : today();
            assertThat(item.get("since").asString()).as(id).isEqualTo(expectedSince);
        });
        assertThat(list.toString()).contains("\"firstName\":\"Stil\"").doesNotContain("geheim");

        // a longer window for this organisation only
        assertThat(api.send(HttpMethod.PUT, "/attention-settings", coordinator, Map.of("weeks", 8)).getStatus().value())
                .isEqualTo(200);
        JsonNode patient = attentionList(coordinator);
        assertThat(patient.get("weeks").asInt()).isEqualTo(8);
        assertThat(reasonsOf(patient, silent.id())).isEmpty();
        assertThat(reasonsOf(patient, starter.id())).isEmpty();
        assertThat(reasonsOf(patient, busy.id())).containsExactly("above-capacity");
        String other = TOKENS.orgCoordinator("haarlem", "ander-" + org);
        assertThat(ApiCalls.json(api.send(HttpMethod.GET, "/attention-settings", other, null)).get("weeks").asInt()).isEqualTo(4);
        assertThat(attentionList(other).get("items")).isEmpty();
        EntityExchangeResult<String> invalid = api.send(HttpMethod.PUT, "/attention-settings", coordinator, Map.of("weeks", 0));
        assertThat(invalid.getStatus().value()).isEqualTo(400);
        assertThat(ApiCalls.json(invalid).get("invalidParams").findValuesAsString("name")).containsExactly("weeks");
    }

    @Test
    void announcesEachOccurrenceOnceAndAgainAfterANewSilenceAndACheckInClearsIt() {
        ApiCalls.SignedUp rami = api.signUp("haarlem", org, "Rami", 1);
        api.activate(rami.id(), coordinator);
        String firstActivity = today();
        api.log(rami.token(), ApiCalls.activity(firstActivity, 1, "language-session", "privé notitie"));

        clock.advance(Duration.ofDays(5 * 7));
        scanner.scanOnce().block();
        scanner.scanOnce().block();
        assertThat(occurrencesOf(rami.id())).singleElement()
                .satisfies(occurrence -> assertThat(occurrence.getString("reason")).isEqualTo("no-recent-activity"));

        // a check-in clears the item until the next silence
        EntityExchangeResult<String> checkIn = api.send(HttpMethod.POST, "/volunteers/" + rami.id() + "/check-ins",
                coordinator, Map.of("date", today(), "outcome", "continues", "note", "Even druk gehad"));
        assertThat(checkIn.getStatus().value()).as(checkIn.getResponseBody()).isEqualTo(201);
        assertThat(reasonsOf(attentionList(coordinator), rami.id())).isEmpty();
        JsonNode checkIns = ApiCalls.json(api.send(HttpMethod.GET, "/volunteers/" + rami.id() + "/check-ins", coordinator, null));
        assertThat(checkIns.get("checkIns").get(0).get("outcome").asString()).isEqualTo("continues");
        assertThat(checkIns.get("page").get("totalElements").asLong()).isEqualTo(1);

        // new activity, then a new silence: a new occurrence
        String secondActivity = today();
        api.log(rami.token(), ApiCalls.activity(secondActivity, 2, "task", null));
        scanner.scanOnce().block();
        assertThat(occurrencesOf(rami.id())).hasSize(1);
        clock.advance(Duration.ofDays(4 * 7));
        scanner.scanOnce().block();
        scanner.scanOnce().block();
        assertThat(occurrencesOf(rami.id())).extracting(occurrence -> occurrence.get("since").toString()).hasSize(2);

        AtomicInteger announced = new AtomicInteger();
        List<JsonNode> events = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(rami.id()) && record.value().contains("attention-needed")
                                && announced.incrementAndGet() == 2, Duration.ofSeconds(30))
                .stream().map(record -> ApiCalls.json(record.value()))
                .filter(event -> event.get("type").asString().equals("nl.onderop.volunteers.volunteer.attention-needed.v1")
                        && rami.id().equals(event.get("subject").asString()))
                .toList();
        assertThat(events).extracting(event -> event.get("data").get("since").asString())
                .containsExactly(firstActivity, secondActivity);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("data").get("reason").asString()).isEqualTo("no-recent-activity");
            assertThat(event.get("data").get("organization").asString()).isEqualTo(org);
            assertThat(event.toString()).doesNotContain("Rami").doesNotContain("privé").doesNotContain("Even druk");
        });
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() {
        ApiCalls.SignedUp lotte = api.signUp("haarlem", org, "Lotte", 1);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("coordinator own", coordinator);
        callers.put("coordinator other org", TOKENS.orgCoordinator("haarlem", "haarlemse-buur"));
        callers.put("coordinator other tenant", TOKENS.orgCoordinator("leiden", org));
        callers.put("municipality", TOKENS.municipalityCoordinator("haarlem"));
        callers.put("platform-admin", TOKENS.platformAdmin());
        callers.put("volunteer", lotte.token());
        record Cell(String operation, String caller, int expected, int actual) {
        }
        List<Cell> mismatches = new ArrayList<>();
        Map<String, Object> checkIn = Map.of("date", today(), "outcome", "other");
        Map<String, Function<String, EntityExchangeResult<String>>> operations = new LinkedHashMap<>();
        Map<String, int[]> expected = new LinkedHashMap<>();
        operations.put("GET attention-list", token -> api.send(HttpMethod.GET, "/attention-list", token, null));
        expected.put("GET attention-list", new int[] {401, 200, 200, 200, 403, 403, 403});
        operations.put("GET attention-settings", token -> api.send(HttpMethod.GET, "/attention-settings", token, null));
        expected.put("GET attention-settings", new int[] {401, 200, 200, 200, 403, 403, 403});
        operations.put("PUT attention-settings", token -> api.send(HttpMethod.PUT, "/attention-settings", token, Map.of("weeks", 4)));
        expected.put("PUT attention-settings", new int[] {401, 200, 200, 200, 403, 403, 403});
        operations.put("POST check-ins", token -> api.send(HttpMethod.POST, "/volunteers/" + lotte.id() + "/check-ins", token, checkIn));
        expected.put("POST check-ins", new int[] {401, 201, 404, 404, 403, 403, 403});
        operations.put("GET check-ins", token -> api.send(HttpMethod.GET, "/volunteers/" + lotte.id() + "/check-ins", token, null));
        expected.put("GET check-ins", new int[] {401, 200, 404, 404, 403, 403, 403});
        operations.forEach((operation, request) -> {
            int i = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int actual = request.apply(caller.getValue()).getStatus().value();
                if (actual != expected.get(operation)[i]) {
                    mismatches.add(new Cell(operation, caller.getKey(), expected.get(operation)[i], actual));
                }
                i++;
            }
        });
        assertThat(mismatches).as("cells where the answer differs from the role table").isEmpty();
        assertThat(api.send(HttpMethod.POST, "/volunteers/" + lotte.id() + "/check-ins", coordinator,
                Map.of("date", today(), "outcome", "maybe")).getResponseBody()).contains("outcome");
    }
}
