package nl.onderop.volunteers.task;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;
import nl.onderop.volunteers.task.application.ManageTasks;
import nl.onderop.volunteers.task.application.TaskReminders;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskDetails;

/**
 * Small tasks over HTTP with signed tokens: the role table for every endpoint, capacity under parallel
 * sign-ups, the overlap flag, the reminder sent once, the events without personal data, export and erasure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskApiIntegrationTests {

    private static final String BASE = "/api/volunteers/v1";
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-task-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
        // the tests scan themselves, so that they know which scan sent what
        registry.add("onderop.volunteers.tasks.reminder-first-scan-after", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @Autowired
    TaskReminders reminders;

    @Autowired
    ManageTasks manageTasks;

    WebTestClient client;
    String ownOrg;
    String otherOrg;
    String ownCoordinator;
    String otherCoordinator;

    @BeforeEach
    void world() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        ownOrg = "org-" + UUID.randomUUID().toString().substring(0, 8);
        otherOrg = "other-" + UUID.randomUUID().toString().substring(0, 8);
        ownCoordinator = TOKENS.orgCoordinator("delft", ownOrg);
        otherCoordinator = TOKENS.orgCoordinator("delft", otherOrg);
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

    static Map<String, Object> task(String title, Instant startsAt, Duration length, int capacity, boolean openToPool) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Samen de handen uit de mouwen.");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(length).toString());
        body.put("place", "Buurthuis");
        body.put("capacity", capacity);
        body.put("skills", List.of("cooking"));
        body.put("openToPool", openToPool);
        return body;
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    private String post(String coordinator, Map<String, Object> body) {
        EntityExchangeResult<String> created = send(HttpMethod.POST, "/tasks", coordinator, body);
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    /** A volunteer with a login of {@code organization}, active, with or without pool consent; returns its token. */
    private Volunteer volunteer(String firstName, String organization, String coordinator, boolean poolConsent) {
        String token = TOKENS.token("vol-" + UUID.randomUUID(), List.of("volunteer"), List.of("delft"), organization);
        Map<String, Object> profile = new HashMap<>();
        profile.put("firstName", firstName);
        profile.put("lastName", "Testpersoon");
        profile.put("email", firstName.toLowerCase() + "@tasks.example");
        EntityExchangeResult<String> created = send(HttpMethod.PUT, "/me", token, profile);
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(200);
        String id = json(created).get("id").asString();
        for (String status : List.of("intake", "screening", "active")) {
            EntityExchangeResult<String> moved = send(HttpMethod.PUT, "/volunteers/" + id + "/status", coordinator,
                    Map.of("status", status));
            assertThat(moved.getStatus().value()).as(moved.getResponseBody()).isEqualTo(200);
        }
        if (poolConsent) {
            assertThat(send(HttpMethod.PUT, "/me/pool-consent", token, Map.of("given", true)).getStatus().value()).isEqualTo(200);
        }
        return new Volunteer(id, token);
    }

    record Volunteer(String id, String token) {
    }

    private record Cell(String operation, String caller, int expected, int actual) {
    }

    @Test
    void everyTaskEndpointAnswersEveryRoleAsTheRoleTableSays() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("coordinator own", ownCoordinator);
        callers.put("coordinator other org", otherCoordinator);
        callers.put("coordinator other tenant", TOKENS.orgCoordinator("leiden", ownOrg));
        callers.put("municipality", TOKENS.municipalityCoordinator("delft"));
        callers.put("platform-admin", TOKENS.platformAdmin());
        callers.put("volunteer own org", volunteer("Eigen", ownOrg, ownCoordinator, false).token());
        callers.put("pool volunteer", volunteer("Pool", otherOrg, otherCoordinator, true).token());
        callers.put("volunteer without consent", volunteer("Zonder", otherOrg, otherCoordinator, false).token());
        String open = post(ownCoordinator, task("Open voor de pool", inDays(5), Duration.ofHours(2), 10, true));
        String closed = post(ownCoordinator, task("Alleen eigen mensen", inDays(6), Duration.ofHours(2), 10, false));
        List<Cell> mismatches = new ArrayList<>();

        check(mismatches, callers, "POST task", new int[] {401, 201, 201, 201, 403, 403, 403, 403, 403},
                token -> send(HttpMethod.POST, "/tasks", token, task("Nieuw", inDays(7), Duration.ofHours(1), 2, true)));
        check(mismatches, callers, "GET tasks", new int[] {401, 200, 200, 200, 403, 403, 200, 200, 200},
                token -> send(HttpMethod.GET, "/tasks", token, null));
        check(mismatches, callers, "GET open-to-pool task", new int[] {401, 200, 200, 404, 403, 403, 200, 200, 404},
                token -> send(HttpMethod.GET, "/tasks/" + open, token, null));
        check(mismatches, callers, "GET own-organisation task", new int[] {401, 200, 404, 404, 403, 403, 200, 404, 404},
                token -> send(HttpMethod.GET, "/tasks/" + closed, token, null));
        check(mismatches, callers, "PUT open-to-pool task", new int[] {401, 200, 403, 404, 403, 403, 403, 403, 403},
                token -> send(HttpMethod.PUT, "/tasks/" + open, token, task("Open voor de pool", inDays(5), Duration.ofHours(2), 10, true)));
        check(mismatches, callers, "PUT own-organisation task", new int[] {401, 200, 404, 404, 403, 403, 403, 403, 403},
                token -> send(HttpMethod.PUT, "/tasks/" + closed, token, task("Alleen eigen mensen", inDays(6), Duration.ofHours(2), 10, false)));
        check(mismatches, callers, "PUT sign-up open-to-pool task", new int[] {401, 403, 403, 403, 403, 403, 200, 200, 404},
                token -> send(HttpMethod.PUT, "/me/task-sign-ups/" + open, token, null));
        check(mismatches, callers, "PUT sign-up own-organisation task", new int[] {401, 403, 403, 403, 403, 403, 200, 404, 404},
                token -> send(HttpMethod.PUT, "/me/task-sign-ups/" + closed, token, null));
        check(mismatches, callers, "GET own sign-ups", new int[] {401, 403, 403, 403, 403, 403, 200, 200, 200},
                token -> send(HttpMethod.GET, "/me/task-sign-ups", token, null));

        // who comes: the owner sees everybody with first name, the other organisation only its own volunteers
        JsonNode owner = json(send(HttpMethod.GET, "/tasks/" + open, ownCoordinator, null));
        assertThat(owner.get("signUpCount").asInt()).isEqualTo(2);
        assertThat(owner.get("signUps").toString()).contains("Eigen", "Pool").doesNotContain("@tasks.example", "Testpersoon");
        JsonNode other = json(send(HttpMethod.GET, "/tasks/" + open, otherCoordinator, null));
        assertThat(other.get("signUps")).hasSize(1);
        assertThat(other.get("signUps").get(0).get("firstName").asString()).isEqualTo("Pool");
        assertThat(other.get("signUps").get(0).get("fromPool").asBoolean()).isTrue();
        assertThat(json(send(HttpMethod.GET, "/tasks/" + open, callers.get("pool volunteer"), null)).get("signUps").isNull()).isTrue();
        // lists: the other organisation sees the open-to-pool task, not the other one; another tenant sees neither
        assertThat(send(HttpMethod.GET, "/tasks?pageSize=100", otherCoordinator, null).getResponseBody()).contains(open).doesNotContain(closed);
        assertThat(send(HttpMethod.GET, "/tasks?pageSize=100", callers.get("coordinator other tenant"), null).getResponseBody())
                .doesNotContain(open).doesNotContain(closed);
        assertThat(send(HttpMethod.GET, "/tasks?pageSize=100", callers.get("volunteer without consent"), null).getResponseBody())
                .doesNotContain(open);

        check(mismatches, callers, "DELETE own sign-up", new int[] {401, 403, 403, 403, 403, 403, 204, 204, 404},
                token -> send(HttpMethod.DELETE, "/me/task-sign-ups/" + open, token, null));
        check(mismatches, callers, "PUT task status cancelled", new int[] {401, 200, 404, 404, 403, 403, 403, 403, 403},
                token -> send(HttpMethod.PUT, "/tasks/" + closed + "/status", token, Map.of("status", "cancelled")));

        assertThat(mismatches).as("cells where the answer differs from the role table").isEmpty();
        assertThat(json(send(HttpMethod.GET, "/tasks/" + open, ownCoordinator, null)).get("signUpCount").asInt()).isZero();
        assertThat(json(send(HttpMethod.GET, "/tasks/" + closed, ownCoordinator, null)).get("status").asString()).isEqualTo("cancelled");
    }

    private static void check(List<Cell> mismatches, Map<String, String> callers, String operation, int[] expected,
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

    @Test
    void parallelSignUpsNeverTakeMorePlacesThanThereAre() throws Exception {
        String id = post(ownCoordinator, task("Chauffeur voor de verhuisbus", inDays(4), Duration.ofHours(3), 2, false));
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            volunteers.add(volunteer("Rijder" + i, ownOrg, ownCoordinator, false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(volunteers.size());
        try {
            List<CompletableFuture<Integer>> answers = volunteers.stream()
                    .map(volunteer -> CompletableFuture.supplyAsync(() ->
                            send(HttpMethod.PUT, "/me/task-sign-ups/" + id, volunteer.token(), null).getStatus().value(), pool))
                    .toList();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(2);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = json(send(HttpMethod.GET, "/tasks/" + id, ownCoordinator, null));
        assertThat(stored.get("signUps")).hasSize(2);
        assertThat(stored.get("placesLeft").asInt()).isZero();
        EntityExchangeResult<String> full = send(HttpMethod.PUT, "/me/task-sign-ups/" + id,
                volunteer("Laat", ownOrg, ownCoordinator, false).token(), null);
        assertThat(full.getStatus().value()).isEqualTo(409);
        assertThat(full.getResponseBody()).contains("full");
    }

    @Test
    void anOverlappingSignUpSucceedsAndIsFlaggedForTheCoordinator() {
        Instant start = inDays(3);
        String first = post(ownCoordinator, task("Helpen bij de kledinginzameling", start, Duration.ofHours(2), 3, false));
        String overlapping = post(ownCoordinator, task("Koken voor het buurtdiner", start.plus(Duration.ofHours(1)), Duration.ofHours(2), 3, false));
        String later = post(ownCoordinator, task("Opruimen", start.plus(Duration.ofHours(2)), Duration.ofHours(1), 3, false));
        Volunteer volunteer = volunteer("Dubbel", ownOrg, ownCoordinator, false);

        assertThat(json(send(HttpMethod.PUT, "/me/task-sign-ups/" + first, volunteer.token(), null)).get("overlapsWith")).isEmpty();
        EntityExchangeResult<String> second = send(HttpMethod.PUT, "/me/task-sign-ups/" + overlapping, volunteer.token(), null);
        assertThat(second.getStatus().value()).isEqualTo(200);
        assertThat(json(second).get("overlapsWith").toString()).isEqualTo("[\"" + first + "\"]");
        // touching the first window only at its end is no overlap, but it shares an hour with the second
        assertThat(json(send(HttpMethod.PUT, "/me/task-sign-ups/" + later, volunteer.token(), null)).get("overlapsWith").toString())
                .isEqualTo("[\"" + overlapping + "\"]");

        JsonNode seen = json(send(HttpMethod.GET, "/tasks/" + overlapping, ownCoordinator, null)).get("signUps").get(0);
        assertThat(seen.get("volunteerId").asString()).isEqualTo(volunteer.id());
        assertThat(seen.get("overlaps").asBoolean()).isTrue();
        assertThat(seen.get("overlapsWith").toString()).contains(first);
        assertThat(json(send(HttpMethod.GET, "/me/task-sign-ups", volunteer.token(), null)).get("signUps")).hasSize(3);
    }

    @Test
    void badTasksAreRefusedNamingTheFieldAndClosedTasksAreConflicts() {
        Map<String, Object> backwards = task("Achterstevoren", inDays(3), Duration.ofHours(2), 2, true);
        backwards.put("endsAt", inDays(2).toString());
        EntityExchangeResult<String> refused = send(HttpMethod.POST, "/tasks", ownCoordinator, backwards);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(refused).get("invalidParams").get(0).get("name").asString()).isEqualTo("endsAt");
        assertThat(json(send(HttpMethod.POST, "/tasks", ownCoordinator, task("Niemand", inDays(3), Duration.ofHours(1), 0, true)))
                .get("invalidParams").toString()).contains("\"capacity\"");
        Map<String, Object> unknown = task("Vreemd", inDays(3), Duration.ofHours(1), 1, true);
        unknown.put("shoeSize", 44);
        assertThat(json(send(HttpMethod.POST, "/tasks", ownCoordinator, unknown)).get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shoeSize");

        Volunteer volunteer = volunteer("Laatkomer", ownOrg, ownCoordinator, false);
        String cancelled = post(ownCoordinator, task("Gaat niet door", inDays(3), Duration.ofHours(1), 2, false));
        send(HttpMethod.PUT, "/tasks/" + cancelled + "/status", ownCoordinator, Map.of("status", "cancelled"));
        assertThat(send(HttpMethod.PUT, "/me/task-sign-ups/" + cancelled, volunteer.token(), null).getStatus().value()).isEqualTo(409);
        assertThat(send(HttpMethod.PUT, "/tasks/" + cancelled + "/status", ownCoordinator, Map.of("status", "open")).getStatus().value())
                .isEqualTo(409);

        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        Task started = manageTasks.insert(Task.posted(UUID.randomUUID().toString(), "delft", ownOrg, new TaskDetails(
                "Al begonnen", null, anHourAgo, anHourAgo.plus(Duration.ofHours(3)), "Markt", 3, List.of(), false),
                Instant.now())).toFuture().join();
        assertThat(send(HttpMethod.PUT, "/me/task-sign-ups/" + started.id(), volunteer.token(), null).getStatus().value()).isEqualTo(409);
    }

    @Test
    void theReminderGoesOutOnceEvenWithParallelAndRepeatedScans() {
        Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        String due = post(ownCoordinator, task("Koken voor het buurtdiner", soon, Duration.ofHours(3), 4, false));
        String notYet = post(ownCoordinator, task("Later", inDays(3), Duration.ofHours(3), 4, false));
        Volunteer volunteer = volunteer("Herinnerd", ownOrg, ownCoordinator, false);
        send(HttpMethod.PUT, "/me/task-sign-ups/" + due, volunteer.token(), null);

        // two instances scanning at once, then a later scan: one reminder in all
        Long together = Mono.zip(reminders.scanOnce(), reminders.scanOnce(), Long::sum).toFuture().join();
        assertThat(together).isEqualTo(1L);
        assertThat(reminders.scanOnce().toFuture().join()).isZero();

        // an event after the reminder marks where to stop reading
        send(HttpMethod.PUT, "/tasks/" + due + "/status", ownCoordinator, Map.of("status", "cancelled"));
        List<JsonNode> events = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(due) && record.value().contains("task.cancelled"), Duration.ofSeconds(30))
                .stream().map(record -> JSON.readTree(record.value())).toList();
        List<JsonNode> reminded = events.stream()
                .filter(event -> event.get("type").asString().equals("nl.onderop.volunteers.task.reminder-due.v1"))
                .filter(event -> List.of(due, notYet).contains(event.get("subject").asString())).toList();
        assertThat(reminded).extracting(event -> event.get("subject").asString()).containsExactly(due);
        JsonNode data = reminded.get(0).get("data");
        assertThat(data.get("volunteerIds").toString()).contains(volunteer.id());
        assertThat(data.get("startsAt").asString()).isEqualTo(soon.toString());
        assertThat(reminded.toString()).doesNotContain("Herinnerd", "@tasks.example", "buurtdiner");
    }

    @Test
    void eventsTellWhatHappenedWithoutNamesOrContactDetails() {
        String id = post(ownCoordinator, task("Helpen bij de kledinginzameling", inDays(8), Duration.ofHours(2), 3, true));
        Volunteer volunteer = volunteer("Samira", otherOrg, otherCoordinator, true);
        assertThat(send(HttpMethod.PUT, "/me/task-sign-ups/" + id, volunteer.token(), null).getStatus().value()).isEqualTo(200);
        assertThat(send(HttpMethod.DELETE, "/me/task-sign-ups/" + id, volunteer.token(), null).getStatus().value()).isEqualTo(204);
        send(HttpMethod.PUT, "/tasks/" + id + "/status", ownCoordinator, Map.of("status", "cancelled"));

        List<JsonNode> events = TopicReader.readUntil(TestKafka.brokers(), "onderop.volunteers.events",
                        record -> record.value().contains(id) && record.value().contains("task.cancelled"), Duration.ofSeconds(30))
                .stream().map(record -> JSON.readTree(record.value()))
                .filter(event -> id.equals(event.get("subject").asString())).toList();
        assertThat(events).extracting(event -> event.get("type").asString()).containsExactly(
                "nl.onderop.volunteers.task.posted.v1",
                "nl.onderop.volunteers.task.signed-up.v1",
                "nl.onderop.volunteers.task.sign-up-cancelled.v1",
                "nl.onderop.volunteers.task.cancelled.v1");
        JsonNode signedUp = events.get(1).get("data");
        assertThat(signedUp.get("volunteerId").asString()).isEqualTo(volunteer.id());
        assertThat(signedUp.get("fromPool").asBoolean()).isTrue();
        assertThat(signedUp.get("signUpCount").asInt()).isEqualTo(1);
        assertThat(signedUp.get("organization").asString()).isEqualTo(ownOrg);
        assertThat(events.get(0).get("tenant").asString()).isEqualTo("delft");
        assertThat(events.toString()).doesNotContain("Samira", "Testpersoon", "@tasks.example", "kledinginzameling");
    }

    @Test
    void theExportContainsTheSignUpsAndErasureTakesThemOff() {
        String id = post(ownCoordinator, task("Koken voor het buurtdiner", inDays(10), Duration.ofHours(4), 5, false));
        Volunteer volunteer = volunteer("Yonas", ownOrg, ownCoordinator, false);
        send(HttpMethod.PUT, "/me/task-sign-ups/" + id, volunteer.token(), null);

        JsonNode exported = json(send(HttpMethod.GET, "/me/export", volunteer.token(), null));
        JsonNode signUps = exported.get("other").get("taskSignUps");
        assertThat(signUps).hasSize(1);
        assertThat(signUps.get(0).get("taskId").asString()).isEqualTo(id);
        assertThat(signUps.get(0).get("title").asString()).isEqualTo("Koken voor het buurtdiner");

        assertThat(send(HttpMethod.DELETE, "/me", volunteer.token(), null).getStatus().value()).isEqualTo(204);
        JsonNode task = json(send(HttpMethod.GET, "/tasks/" + id, ownCoordinator, null));
        assertThat(task.get("signUpCount").asInt()).isZero();
        assertThat(task.toString()).doesNotContain(volunteer.id());
    }
}
