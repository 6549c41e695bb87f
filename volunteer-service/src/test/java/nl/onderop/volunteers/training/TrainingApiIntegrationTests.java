package nl.onderop.volunteers.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

/**
 * Shared trainings over HTTP with signed tokens: the role table per endpoint, capacity with a waiting list,
 * simultaneous enrolments, attendance and the cross-organisation count, the events, export and erasure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingApiIntegrationTests {

    private static final String BASE = "/api/volunteers/v1";
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "training-api-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    WebTestClient client;
    String ownOrg;
    String otherOrg;
    final Map<String, String> callers = new LinkedHashMap<>();

    /** A volunteer with an active profile: its id and its own token. */
    record ActiveVolunteer(String id, String token) {
    }

    @BeforeEach
    void world() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        ownOrg = "org-" + UUID.randomUUID().toString().substring(0, 8);
        otherOrg = "other-" + UUID.randomUUID().toString().substring(0, 8);
        callers.clear();
        callers.put("anonymous", null);
        callers.put("coordinator own", TOKENS.orgCoordinator("delft", ownOrg));
        callers.put("coordinator other org", TOKENS.orgCoordinator("delft", otherOrg));
        callers.put("coordinator other tenant", TOKENS.orgCoordinator("leiden", ownOrg));
        callers.put("municipality", TOKENS.municipalityCoordinator("delft"));
        callers.put("platform-admin", TOKENS.platformAdmin());
        callers.put("volunteer own org", TOKENS.volunteer("delft", ownOrg));
        callers.put("volunteer other org", TOKENS.volunteer("delft", otherOrg));
    }

    private EntityExchangeResult<String> send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(BASE + path).headers(headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        });
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectBody(String.class).returnResult();
    }

    private static JsonNode json(EntityExchangeResult<String> result) {
        return JSON.readTree(result.getResponseBody());
    }

    private static Map<String, Object> training(String title, boolean openToTenant, int capacity, Instant startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Een verzonnen training voor de tests.");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(2, ChronoUnit.HOURS).toString());
        body.put("place", "Buurthuis De Test, Delft");
        body.put("capacity", capacity);
        body.put("openToTenant", openToTenant);
        return body;
    }

    private String schedule(String coordinator, boolean openToTenant, int capacity, Instant startsAt) {
        EntityExchangeResult<String> created = send(HttpMethod.POST, "/trainings", coordinator,
                training("Training " + UUID.randomUUID(), openToTenant, capacity, startsAt));
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private String scheduleNextWeek(boolean openToTenant, int capacity) {
        return schedule(callers.get("coordinator own"), openToTenant, capacity, Instant.now().plus(7, ChronoUnit.DAYS));
    }

    /** Through the real API: the volunteer saves its profile, its organisation's coordinator activates it. */
    private ActiveVolunteer activeVolunteer(String organization, String firstName) {
        String token = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("delft"), organization);
        EntityExchangeResult<String> saved = send(HttpMethod.PUT, "/me", token,
                Map.of("firstName", firstName, "lastName", "Testpersoon", "email", "vrijwilliger@volunteers.example"));
        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(200);
        String id = json(saved).get("id").asString();
        String coordinator = TOKENS.orgCoordinator("delft", organization);
        for (String status : List.of("intake", "screening", "active")) {
            EntityExchangeResult<String> moved = send(HttpMethod.PUT, "/volunteers/" + id + "/status", coordinator,
                    Map.of("status", status));
            assertThat(moved.getStatus().value()).as(moved.getResponseBody()).isEqualTo(200);
        }
        return new ActiveVolunteer(id, token);
    }

    private EntityExchangeResult<String> enrolSelf(ActiveVolunteer volunteer, String trainingId) {
        return send(HttpMethod.POST, "/me/training-enrolments", volunteer.token(), Map.of("trainingId", trainingId));
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
    private static int[] row(int anonymous, int own, int otherOrg, int otherTenant, int municipality, int admin,
                             int volunteerOwnOrg, int volunteerOtherOrg) {
        return new int[] {anonymous, own, otherOrg, otherTenant, municipality, admin, volunteerOwnOrg, volunteerOtherOrg};
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() {
        String open = scheduleNextWeek(true, 10);
        String closed = scheduleNextWeek(false, 10);
        String toCancel = scheduleNextWeek(true, 10);
        ActiveVolunteer ownVolunteer = activeVolunteer(ownOrg, "Noor");
        String ownVolunteerId = ownVolunteer.id();
        List<Cell> mismatches = new ArrayList<>();

        check(mismatches, "POST training", row(401, 201, 201, 201, 403, 403, 403, 403),
                token -> send(HttpMethod.POST, "/trainings", token, training("Nieuw", false, 5, Instant.now().plus(3, ChronoUnit.DAYS))));
        check(mismatches, "GET trainings", row(401, 200, 200, 200, 403, 403, 200, 200),
                token -> send(HttpMethod.GET, "/trainings", token, null));
        check(mismatches, "GET sharing summary", row(401, 200, 200, 200, 403, 403, 403, 403),
                token -> send(HttpMethod.GET, "/trainings/sharing-summary", token, null));
        check(mismatches, "GET open training", row(401, 200, 200, 404, 403, 403, 200, 200),
                token -> send(HttpMethod.GET, "/trainings/" + open, token, null));
        check(mismatches, "GET closed training", row(401, 200, 404, 404, 403, 403, 200, 404),
                token -> send(HttpMethod.GET, "/trainings/" + closed, token, null));
        check(mismatches, "PUT closed training", row(401, 200, 404, 404, 403, 403, 403, 404),
                token -> send(HttpMethod.PUT, "/trainings/" + closed, token, training("Anders", false, 8, Instant.now().plus(8, ChronoUnit.DAYS))));
        check(mismatches, "PUT open training", row(401, 200, 403, 404, 403, 403, 403, 403),
                token -> send(HttpMethod.PUT, "/trainings/" + open, token, training("Anders", true, 8, Instant.now().plus(8, ChronoUnit.DAYS))));
        check(mismatches, "PUT status cancelled", row(401, 200, 403, 404, 403, 403, 403, 403),
                token -> send(HttpMethod.PUT, "/trainings/" + toCancel + "/status", token, Map.of("status", "cancelled")));
        check(mismatches, "PUT attendance before the start", row(401, 409, 404, 404, 403, 403, 403, 404),
                token -> send(HttpMethod.PUT, "/trainings/" + closed + "/attendance", token, Map.of("attendedVolunteerIds", List.of())));
        check(mismatches, "POST enrolment of own volunteer", row(401, 201, 404, 404, 403, 403, 403, 403),
                token -> send(HttpMethod.POST, "/trainings/" + closed + "/enrolments", token, Map.of("volunteerId", ownVolunteerId)));
        check(mismatches, "DELETE enrolment", row(401, 204, 404, 404, 403, 403, 403, 403),
                token -> send(HttpMethod.DELETE, "/trainings/" + closed + "/enrolments/" + ownVolunteerId, token, null));
        check(mismatches, "GET own enrolments (no profile)", row(401, 403, 403, 403, 403, 403, 404, 404),
                token -> send(HttpMethod.GET, "/me/training-enrolments", token, null));
        check(mismatches, "POST own enrolment (no profile)", row(401, 403, 403, 403, 403, 403, 404, 404),
                token -> send(HttpMethod.POST, "/me/training-enrolments", token, Map.of("trainingId", open)));
        check(mismatches, "DELETE own enrolment (no profile)", row(401, 403, 403, 403, 403, 403, 404, 404),
                token -> send(HttpMethod.DELETE, "/me/training-enrolments/" + open, token, null));

        assertThat(mismatches).as("cells where the answer differs from the role table").isEmpty();
        // the other organisation's list holds the open training but not the closed one; another tenant sees neither
        String otherList = send(HttpMethod.GET, "/trainings", callers.get("coordinator other org"), null).getResponseBody();
        assertThat(otherList).contains(open).doesNotContain(closed);
        assertThat(send(HttpMethod.GET, "/trainings", callers.get("coordinator other tenant"), null).getResponseBody())
                .doesNotContain(open).doesNotContain(closed);
        // the cancel took effect, and a cancelled training takes no enrolments
        assertThat(json(send(HttpMethod.GET, "/trainings/" + toCancel, callers.get("coordinator own"), null))
                .get("status").asString()).isEqualTo("cancelled");
        EntityExchangeResult<String> intoCancelled = enrolSelf(ownVolunteer, toCancel);
        assertThat(intoCancelled.getStatus().value()).isEqualTo(409);
        assertThat(intoCancelled.getResponseBody()).contains("cancelled");
    }

    @Test
    void eachCallerSeesOnlyTheEnrolmentsItMaySee() {
        String open = scheduleNextWeek(true, 5);
        ActiveVolunteer own = activeVolunteer(ownOrg, "Fatima");
        ActiveVolunteer other = activeVolunteer(otherOrg, "Dawit");
        assertThat(enrolSelf(own, open).getStatus().value()).isEqualTo(201);
        EntityExchangeResult<String> byOtherCoordinator = send(HttpMethod.POST, "/trainings/" + open + "/enrolments",
                callers.get("coordinator other org"), Map.of("volunteerId", other.id()));
        assertThat(byOtherCoordinator.getStatus().value()).as(byOtherCoordinator.getResponseBody()).isEqualTo(201);
        // a coordinator enrols only its own organisation's volunteers
        assertThat(send(HttpMethod.POST, "/trainings/" + open + "/enrolments", callers.get("coordinator other org"),
                Map.of("volunteerId", own.id())).getStatus().value()).isEqualTo(404);

        JsonNode owner = json(send(HttpMethod.GET, "/trainings/" + open, callers.get("coordinator own"), null));
        assertThat(owner.get("view").asString()).isEqualTo("owner");
        assertThat(owner.get("enrolments").toString()).contains(own.id(), "Fatima", other.id(), "Dawit");
        JsonNode otherCoordinator = json(send(HttpMethod.GET, "/trainings/" + open, callers.get("coordinator other org"), null));
        assertThat(otherCoordinator.get("enrolments").toString()).contains(other.id()).doesNotContain(own.id(), "Fatima");
        assertThat(otherCoordinator.get("enrolledCount").asInt()).isEqualTo(2);
        JsonNode asVolunteer = json(send(HttpMethod.GET, "/trainings/" + open, other.token(), null));
        assertThat(asVolunteer.get("view").asString()).isEqualTo("volunteer");
        assertThat(asVolunteer.get("enrolments").toString()).contains(other.id()).doesNotContain(own.id(), "Fatima");
        // the other organisation may withdraw its own volunteer, not the owner's
        assertThat(send(HttpMethod.DELETE, "/trainings/" + open + "/enrolments/" + own.id(),
                callers.get("coordinator other org"), null).getStatus().value()).isEqualTo(404);
        assertThat(send(HttpMethod.DELETE, "/trainings/" + open + "/enrolments/" + other.id(),
                callers.get("coordinator other org"), null).getStatus().value()).isEqualTo(204);
        // a volunteer of another organisation cannot enrol in a closed training: it does not exist for it
        String closed = scheduleNextWeek(false, 5);
        assertThat(enrolSelf(other, closed).getStatus().value()).isEqualTo(404);
    }

    @Test
    void aFullTrainingKeepsAWaitingListAndAWithdrawalPromotesTheFirstInLine() {
        String trainingId = scheduleNextWeek(true, 2);
        ActiveVolunteer first = activeVolunteer(ownOrg, "Eerste");
        ActiveVolunteer second = activeVolunteer(otherOrg, "Tweede");
        ActiveVolunteer third = activeVolunteer(otherOrg, "Derde");
        ActiveVolunteer fourth = activeVolunteer(ownOrg, "Vierde");

        assertThat(json(enrolSelf(first, trainingId)).get("state").asString()).isEqualTo("enrolled");
        assertThat(json(enrolSelf(second, trainingId)).get("state").asString()).isEqualTo("enrolled");
        JsonNode waiting = json(enrolSelf(third, trainingId));
        assertThat(waiting.get("state").asString()).isEqualTo("waitlisted");
        assertThat(waiting.get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(json(enrolSelf(fourth, trainingId)).get("waitingPosition").asInt()).isEqualTo(2);
        EntityExchangeResult<String> twice = enrolSelf(first, trainingId);
        assertThat(twice.getStatus().value()).isEqualTo(409);
        assertThat(twice.getResponseBody()).contains("already enrolled");

        assertThat(send(HttpMethod.DELETE, "/me/training-enrolments/" + trainingId, first.token(), null).getStatus().value())
                .isEqualTo(204);
        JsonNode promoted = json(send(HttpMethod.GET, "/me/training-enrolments", third.token(), null)).get("enrolments").get(0);
        assertThat(promoted.get("trainingId").asString()).isEqualTo(trainingId);
        assertThat(promoted.get("state").asString()).isEqualTo("enrolled");
        JsonNode after = json(send(HttpMethod.GET, "/trainings/" + trainingId, callers.get("coordinator own"), null));
        assertThat(after.get("enrolledCount").asInt()).isEqualTo(2);
        assertThat(after.get("waitlistCount").asInt()).isEqualTo(1);
        assertThat(after.get("enrolments").toString()).doesNotContain(first.id());
        assertThat(json(send(HttpMethod.GET, "/me/training-enrolments", first.token(), null)).get("enrolments").size()).isZero();

        List<JsonNode> events = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(trainingId) && record.value().contains("training.promoted"),
                        Duration.ofSeconds(30))
                .stream().map(record -> JSON.readTree(record.value()))
                .filter(event -> trainingId.equals(event.get("subject").asString())).toList();
        assertThat(events).extracting(event -> event.get("type").asString()).containsExactly(
                "nl.onderop.volunteers.training.created.v1",
                "nl.onderop.volunteers.training.enrolled.v1",
                "nl.onderop.volunteers.training.enrolled.v1",
                "nl.onderop.volunteers.training.waitlisted.v1",
                "nl.onderop.volunteers.training.waitlisted.v1",
                "nl.onderop.volunteers.training.withdrawn.v1",
                "nl.onderop.volunteers.training.promoted.v1");
        JsonNode promotion = events.get(6).get("data");
        assertThat(promotion.get("volunteerId").asString()).isEqualTo(third.id());
        assertThat(promotion.get("volunteerOrganization").asString()).isEqualTo(otherOrg);
        assertThat(promotion.get("tenant").asString()).isEqualTo("delft");
        assertThat(events.toString()).doesNotContain("Eerste", "Tweede", "Derde", "Testpersoon", "@volunteers.example");
    }

    @Test
    void simultaneousEnrolmentsNeverOverbook() throws Exception {
        String trainingId = scheduleNextWeek(true, 3);
        List<ActiveVolunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            volunteers.add(activeVolunteer(i % 2 == 0 ? ownOrg : otherOrg, "Tegelijk" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
            for (ActiveVolunteer volunteer : volunteers) {
                Callable<EntityExchangeResult<String>> enrol = () -> {
                    start.await();
                    return enrolSelf(volunteer, trainingId);
                };
                answers.add(pool.submit(enrol));
            }
            start.countDown();
            List<String> states = new ArrayList<>();
            for (Future<EntityExchangeResult<String>> answer : answers) {
                EntityExchangeResult<String> result = answer.get();
                assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(201);
                states.add(json(result).get("state").asString());
            }
            assertThat(states).filteredOn("enrolled"::equals).hasSize(3);
            assertThat(states).filteredOn("waitlisted"::equals).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = json(send(HttpMethod.GET, "/trainings/" + trainingId, callers.get("coordinator own"), null));
        assertThat(stored.get("enrolledCount").asInt()).isEqualTo(3);
        assertThat(stored.get("waitlistCount").asInt()).isEqualTo(7);
        assertThat(stored.get("placesLeft").asInt()).isZero();
        assertThat(stored.get("enrolments").size()).isEqualTo(10);
    }

    @Test
    void attendanceCountsWhoCameFromOtherOrganizationsAndSurvivesErasure() throws Exception {
        ActiveVolunteer own = activeVolunteer(ownOrg, "Eigen");
        ActiveVolunteer guest = activeVolunteer(otherOrg, "Gast");
        ActiveVolunteer secondGuest = activeVolunteer(otherOrg, "Gast2");
        ActiveVolunteer absent = activeVolunteer(otherOrg, "Afwezig");
        Instant startsAt = Instant.now().plusSeconds(4);
        String trainingId = schedule(callers.get("coordinator own"), true, 10, startsAt);
        for (ActiveVolunteer volunteer : List.of(own, guest, secondGuest, absent)) {
            assertThat(enrolSelf(volunteer, trainingId).getStatus().value()).isEqualTo(201);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), startsAt).toMillis() + 500));

        // once started: no more enrolling or withdrawing, and attendance can be recorded by the owner only
        assertThat(enrolSelf(activeVolunteer(ownOrg, "Laat"), trainingId).getStatus().value()).isEqualTo(409);
        assertThat(send(HttpMethod.DELETE, "/me/training-enrolments/" + trainingId, absent.token(), null).getStatus().value())
                .isEqualTo(409);
        EntityExchangeResult<String> unknown = send(HttpMethod.PUT, "/trainings/" + trainingId + "/attendance",
                callers.get("coordinator own"), Map.of("attendedVolunteerIds", List.of(UUID.randomUUID().toString())));
        assertThat(unknown.getStatus().value()).isEqualTo(400);
        assertThat(json(unknown).get("invalidParams").get(0).get("name").asString()).isEqualTo("attendedVolunteerIds");
        assertThat(send(HttpMethod.PUT, "/trainings/" + trainingId + "/attendance", callers.get("coordinator other org"),
                Map.of("attendedVolunteerIds", List.of(guest.id()))).getStatus().value()).isEqualTo(403);

        EntityExchangeResult<String> recorded = send(HttpMethod.PUT, "/trainings/" + trainingId + "/attendance",
                callers.get("coordinator own"), Map.of("attendedVolunteerIds", List.of(own.id(), guest.id(), secondGuest.id())));
        assertThat(recorded.getStatus().value()).as(recorded.getResponseBody()).isEqualTo(200);
        assertThat(json(recorded).get("attendedCount").asInt()).isEqualTo(3);
        assertThat(json(recorded).get("attendeesFromOtherOrganizations").asInt()).isEqualTo(2);

        JsonNode summary = json(send(HttpMethod.GET, "/trainings/sharing-summary", callers.get("coordinator own"), null));
        assertThat(summary.get("organization").asString()).isEqualTo(ownOrg);
        assertThat(summary.get("attendees").asInt()).isEqualTo(3);
        assertThat(summary.get("attendeesFromOtherOrganizations").asInt()).isEqualTo(2);
        assertThat(summary.get("otherOrganizationsReached").asInt()).isEqualTo(1);
        assertThat(summary.get("perTraining").toString()).contains(trainingId);
        assertThat(json(send(HttpMethod.GET, "/trainings/sharing-summary", callers.get("coordinator other org"), null))
                .get("ownVolunteersAttendingElsewhere").asInt()).isEqualTo(2);

        JsonNode attended = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(trainingId) && record.value().contains("training.attended"),
                        Duration.ofSeconds(30))
                .stream().map(record -> JSON.readTree(record.value()))
                .filter(event -> event.get("type").asString().equals("nl.onderop.volunteers.training.attended.v1")
                        && trainingId.equals(event.get("subject").asString()))
                .findFirst().orElseThrow();
        assertThat(attended.get("data").get("attendeesFromOtherOrganizations").asInt()).isEqualTo(2);
        assertThat(attended.get("data").get("attendeesByOrganization").get(otherOrg).asInt()).isEqualTo(2);
        assertThat(attended.toString()).doesNotContain("Gast", "Eigen", "Testpersoon", "@volunteers.example");

        // the export holds the enrolment; erasure removes the person but keeps the anonymous count
        JsonNode export = json(send(HttpMethod.GET, "/me/export", guest.token(), null));
        JsonNode enrolments = export.get("other").get("trainingEnrolments");
        assertThat(enrolments.size()).isEqualTo(1);
        assertThat(enrolments.get(0).get("trainingId").asString()).isEqualTo(trainingId);
        assertThat(enrolments.get(0).get("attended").asBoolean()).isTrue();
        assertThat(enrolments.get(0).get("state").asString()).isEqualTo("enrolled");

        assertThat(send(HttpMethod.DELETE, "/me", guest.token(), null).getStatus().value()).isEqualTo(204);
        JsonNode afterErasure = json(send(HttpMethod.GET, "/trainings/" + trainingId, callers.get("coordinator own"), null));
        assertThat(afterErasure.get("enrolments").toString()).doesNotContain(guest.id()).doesNotContain("\"Gast\"");
        assertThat(afterErasure.get("attendedCount").asInt()).isEqualTo(3);
        assertThat(afterErasure.get("attendeesFromOtherOrganizations").asInt()).isEqualTo(2);
    }

    @Test
    void aWaitingVolunteerIsForgottenOnErasureAndItsQueueMovesOn() {
        String trainingId = scheduleNextWeek(true, 1);
        ActiveVolunteer holder = activeVolunteer(ownOrg, "Plaats");
        ActiveVolunteer waiting = activeVolunteer(otherOrg, "Wacht");
        ActiveVolunteer behind = activeVolunteer(otherOrg, "Achter");
        enrolSelf(holder, trainingId);
        enrolSelf(waiting, trainingId);
        enrolSelf(behind, trainingId);

        assertThat(send(HttpMethod.DELETE, "/me", waiting.token(), null).getStatus().value()).isEqualTo(204);
        JsonNode queue = json(send(HttpMethod.GET, "/trainings/" + trainingId, callers.get("coordinator own"), null));
        assertThat(queue.get("enrolments").toString()).doesNotContain(waiting.id());
        assertThat(queue.get("waitlistCount").asInt()).isEqualTo(1);
        assertThat(json(send(HttpMethod.GET, "/me/training-enrolments", behind.token(), null))
                .get("enrolments").get(0).get("waitingPosition").asInt()).isEqualTo(1);
        // a volunteer not (yet) active does not enrol
        String token = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("delft"), ownOrg);
        send(HttpMethod.PUT, "/me", token, Map.of("firstName", "Nieuw"));
        EntityExchangeResult<String> applied = send(HttpMethod.POST, "/me/training-enrolments", token, Map.of("trainingId", trainingId));
        assertThat(applied.getStatus().value()).isEqualTo(409);
        assertThat(applied.getResponseBody()).contains("active");
    }

    @Test
    void badTrainingsAreRefusedNamingTheField() {
        String own = callers.get("coordinator own");
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);

        Map<String, Object> backwards = training("Achterstevoren", true, 5, nextWeek);
        backwards.put("endsAt", nextWeek.minus(1, ChronoUnit.HOURS).toString());
        assertThat(invalidField(send(HttpMethod.POST, "/trainings", own, backwards))).isEqualTo("endsAt");
        assertThat(invalidField(send(HttpMethod.POST, "/trainings", own, training("Leeg", true, 0, nextWeek)))).isEqualTo("capacity");
        assertThat(invalidField(send(HttpMethod.POST, "/trainings", own,
                training("Voorbij", true, 5, Instant.now().minus(1, ChronoUnit.DAYS))))).isEqualTo("startsAt");
        Map<String, Object> nowhere = training("Nergens", true, 5, nextWeek);
        nowhere.remove("place");
        assertThat(invalidField(send(HttpMethod.POST, "/trainings", own, nowhere))).isEqualTo("place");
        Map<String, Object> unknown = training("Onbekend", true, 5, nextWeek);
        unknown.put("catering", true);
        assertThat(invalidField(send(HttpMethod.POST, "/trainings", own, unknown))).isEqualTo("catering");
        assertThat(invalidField(send(HttpMethod.PUT, "/trainings/" + scheduleNextWeek(true, 5) + "/status", own,
                Map.of("status", "scheduled")))).isEqualTo("status");

        // lowering the capacity below the enrolled volunteers is a conflict
        String trainingId = scheduleNextWeek(true, 2);
        enrolSelf(activeVolunteer(ownOrg, "Een"), trainingId);
        enrolSelf(activeVolunteer(ownOrg, "Twee"), trainingId);
        EntityExchangeResult<String> smaller = send(HttpMethod.PUT, "/trainings/" + trainingId, own,
                training("Kleiner", true, 1, nextWeek));
        assertThat(smaller.getStatus().value()).isEqualTo(409);
        assertThat(smaller.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String invalidField(EntityExchangeResult<String> result) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(400);
        return json(result).get("invalidParams").get(0).get("name").asString();
    }
}
