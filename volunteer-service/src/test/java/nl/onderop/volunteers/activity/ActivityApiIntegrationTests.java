package nl.onderop.volunteers.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;
import nl.onderop.volunteers.ApiCalls;

/**
 * The activity log over HTTP with signed tokens: the role table, the rules for a logged activity, the
 * coordinator's view with monthly totals (own organisation only), the event without the note, export and erasure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityApiIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final String NOTE = "Samen naar de bibliotheek geweest";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-activity-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
        registry.add("onderop.volunteers.attention.scheduled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    ApiCalls api;
    String ownOrg;
    String today;
    final Map<String, String> callers = new LinkedHashMap<>();

    @BeforeEach
    void world() {
        api = new ApiCalls(port);
        ownOrg = "org-" + UUID.randomUUID().toString().substring(0, 8);
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        callers.clear();
        callers.put("anonymous", null);
        callers.put("coordinator own", TOKENS.orgCoordinator("delft", ownOrg));
        callers.put("coordinator other org", TOKENS.orgCoordinator("delft", "delftse-buur"));
        callers.put("coordinator other tenant", TOKENS.orgCoordinator("leiden", ownOrg));
        callers.put("municipality", TOKENS.municipalityCoordinator("delft"));
        callers.put("platform-admin", TOKENS.platformAdmin());
        callers.put("volunteer without profile", TOKENS.volunteer("delft", ownOrg));
    }

    private record Cell(String operation, String caller, int expected, int actual) {
    }

    private void check(List<Cell> mismatches, String operation, int[] expected,
                       Function<String, EntityExchangeResult<String>> request) {
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            int actual = request.apply(caller.getValue()).getStatus().value();
            if (actual != expected[i]) {
                mismatches.add(new Cell(operation, caller.getKey(), expected[i], actual));
            }
            i++;
        }
    }

    private static int[] row(int anonymous, int own, int otherOrg, int otherTenant, int municipality, int admin, int volunteer) {
        return new int[] {anonymous, own, otherOrg, otherTenant, municipality, admin, volunteer};
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() {
        ApiCalls.SignedUp amal = api.signUp("delft", ownOrg, "Amal", 1);
        api.activate(amal.id(), callers.get("coordinator own"));
        // in the pool, so the other organisation could see the profile: it still never sees the activities
        assertThat(api.send(HttpMethod.PUT, "/me/pool-consent", amal.token(), Map.of("given", true)).getStatus().value())
                .isEqualTo(200);
        api.log(amal.token(), ApiCalls.activity(today, 1.5, "buddy-meeting", NOTE));
        List<Cell> mismatches = new ArrayList<>();

        check(mismatches, "POST me/activities", row(401, 403, 403, 403, 403, 403, 404),
                token -> api.send(HttpMethod.POST, "/me/activities", token, ApiCalls.activity(today, 1, "task", null)));
        check(mismatches, "GET me/activities", row(401, 403, 403, 403, 403, 403, 404),
                token -> api.send(HttpMethod.GET, "/me/activities", token, null));
        check(mismatches, "GET volunteers/{id}/activities", row(401, 200, 404, 404, 403, 403, 403),
                token -> api.send(HttpMethod.GET, "/volunteers/" + amal.id() + "/activities", token, null));

        assertThat(mismatches).as("cells where the answer differs from the role table").isEmpty();
        assertThat(api.send(HttpMethod.GET, "/volunteers/" + amal.id() + "/activities", callers.get("coordinator other org"),
                null).getResponseBody()).doesNotContain(NOTE);
        assertThat(api.send(HttpMethod.GET, "/me/activities", amal.token(), null).getResponseBody()).contains(NOTE);
    }

    @Test
    void aLoggedActivityFollowsTheRulesAndNamesEveryInvalidField() {
        ApiCalls.SignedUp yonas = api.signUp("delft", ownOrg, "Yonas", 1);
        Map<String, Object> wrong = ApiCalls.activity(LocalDate.parse(today).plusDays(1).toString(), 1.3, "party", "x".repeat(281));
        wrong.put("organization", "not-mine");
        EntityExchangeResult<String> refused = api.send(HttpMethod.POST, "/me/activities", yonas.token(), wrong);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().getContentType().toString()).contains("problem+json");
        // the shape first: the note is too long; the rules that need the profile come after
        assertThat(ApiCalls.json(refused).get("invalidParams").findValuesAsString("name")).containsExactly("note");

        Map<String, Object> ruleBroken = ApiCalls.activity(LocalDate.parse(today).plusDays(1).toString(), 1.3, "party", null);
        ruleBroken.put("organization", "not-mine");
        assertThat(ApiCalls.json(api.send(HttpMethod.POST, "/me/activities", yonas.token(), ruleBroken))
                .get("invalidParams").findValuesAsString("name"))
                .containsExactlyInAnyOrder("date", "hours", "kind", "organization");

        assertThat(api.send(HttpMethod.POST, "/me/activities", yonas.token(), ApiCalls.activity(today, 0.1, "task", null))
                .getStatus().value()).isEqualTo(400);
        Map<String, Object> unknown = ApiCalls.activity(today, 1, "task", null);
        unknown.put("mood", "good");
        assertThat(api.send(HttpMethod.POST, "/me/activities", yonas.token(), unknown).getStatus().value()).isEqualTo(400);

        // the sole membership is the default organisation
        JsonNode logged = ApiCalls.json(api.send(HttpMethod.POST, "/me/activities", yonas.token(),
                ApiCalls.activity(today, 0.25, "language-session", null)));
        assertThat(logged.get("organization").asString()).isEqualTo(ownOrg);
        assertThat(logged.get("hours").asDouble()).isEqualTo(0.25);
    }

    @Test
    void theCoordinatorSeesItsVolunteersActivitiesPagedWithMonthlyTotals() {
        ApiCalls.SignedUp sara = api.signUp("delft", ownOrg, "Sara", 1);
        LocalDate now = LocalDate.parse(today);
        LocalDate lastMonth = now.minusMonths(1).withDayOfMonth(10);
        api.log(sara.token(), ApiCalls.activity(now.withDayOfMonth(1).toString(), 2, "task", "eerste"));
        api.log(sara.token(), ApiCalls.activity(now.withDayOfMonth(1).toString(), 1.25, "event", null));
        api.log(sara.token(), ApiCalls.activity(lastMonth.toString(), 3.5, "training", null));

        JsonNode firstPage = ApiCalls.json(api.send(HttpMethod.GET, "/volunteers/" + sara.id() + "/activities?pageSize=2",
                callers.get("coordinator own"), null));
        assertThat(firstPage.get("activities")).hasSize(2);
        assertThat(firstPage.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(firstPage.get("page").get("totalPages").asLong()).isEqualTo(2);
        JsonNode months = firstPage.get("monthlyTotals");
        assertThat(months).hasSize(2);
        assertThat(months.get(0).get("month").asString()).isEqualTo(now.toString().substring(0, 7));
        assertThat(months.get(0).get("hours").asDouble()).isEqualTo(3.25);
        assertThat(months.get(0).get("activities").asInt()).isEqualTo(2);
        assertThat(months.get(1).get("hours").asDouble()).isEqualTo(3.5);
        JsonNode secondPage = ApiCalls.json(api.send(HttpMethod.GET,
                "/volunteers/" + sara.id() + "/activities?page=2&pageSize=2", callers.get("coordinator own"), null));
        assertThat(secondPage.get("activities").get(0).get("date").asString()).isEqualTo(lastMonth.toString());
        assertThat(api.send(HttpMethod.GET, "/volunteers/" + sara.id() + "/activities?pageSize=500",
                callers.get("coordinator own"), null).getResponseBody()).contains("pageSize");
    }

    @Test
    void theLoggedEventCarriesNoNoteAndNoName() {
        ApiCalls.SignedUp noor = api.signUp("delft", ownOrg, "Noor", 1);
        String activityId = api.log(noor.token(), ApiCalls.activity(today, 2.75, "language-session", NOTE));

        List<TopicReader.Record> read = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                record -> record.value().contains(activityId), Duration.ofSeconds(30));
        JsonNode event = ApiCalls.json(read.get(read.size() - 1).value());
        assertThat(event.get("type").asString()).isEqualTo("nl.onderop.volunteers.activity.logged.v1");
        assertThat(event.get("tenant").asString()).isEqualTo("delft");
        JsonNode data = event.get("data");
        assertThat(data.get("volunteerId").asString()).isEqualTo(noor.id());
        assertThat(data.get("organization").asString()).isEqualTo(ownOrg);
        assertThat(data.get("hours").asDouble()).isEqualTo(2.75);
        assertThat(data.get("kind").asString()).isEqualTo("language-session");
        assertThat(data.get("date").asString()).isEqualTo(today);
        assertThat(event.toString()).doesNotContain(NOTE).doesNotContain("Noor").doesNotContain("@volunteers.example");
    }

    @Test
    void theExportContainsActivitiesAndCheckInsAndErasureDeletesThem() {
        ApiCalls.SignedUp lina = api.signUp("delft", ownOrg, "Lina", 1);
        api.log(lina.token(), ApiCalls.activity(today, 1, "buddy-meeting", NOTE));
        EntityExchangeResult<String> checkIn = api.send(HttpMethod.POST, "/volunteers/" + lina.id() + "/check-ins",
                callers.get("coordinator own"), Map.of("date", today, "outcome", "continues", "note", "Gaat goed"));
        assertThat(checkIn.getStatus().value()).as(checkIn.getResponseBody()).isEqualTo(201);

        JsonNode exported = ApiCalls.json(api.send(HttpMethod.GET, "/me/export", lina.token(), null));
        assertThat(exported.get("other").get("activities").get(0).get("note").asString()).isEqualTo(NOTE);
        assertThat(exported.get("other").get("activities").get(0).get("kind").asString()).isEqualTo("buddy-meeting");
        assertThat(exported.get("other").get("checkIns").get(0).get("outcome").asString()).isEqualTo("continues");
        assertThat(exported.get("other").get("checkIns").get(0).get("note").asString()).isEqualTo("Gaat goed");

        assertThat(api.send(HttpMethod.DELETE, "/me", lina.token(), null).getStatus().value()).isEqualTo(204);

        assertThat(mongo.getCollection("activities").flatMap(collection -> Mono.from(
                collection.countDocuments(new Document("volunteerId", lina.id())))).block()).isZero();
        assertThat(mongo.getCollection("check_ins").flatMap(collection -> Mono.from(
                collection.countDocuments(new Document("volunteerId", lina.id())))).block()).isZero();
        assertThat(api.send(HttpMethod.GET, "/volunteers/" + lina.id() + "/activities", callers.get("coordinator own"), null)
                .getStatus().value()).isEqualTo(404);
    }
}
