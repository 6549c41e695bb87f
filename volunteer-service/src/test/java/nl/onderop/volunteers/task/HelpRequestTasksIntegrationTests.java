package nl.onderop.volunteers.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.platform.events.CloudEvent;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

/**
 * The matching service's help request events on the real Kafka topic: a split becomes the organisation's small
 * tasks, once however often it arrives; a closed request cancels them; other event types pass by and a bad
 * payload goes to the dead-letter topic without holding up the next event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpRequestTasksIntegrationTests {

    private static final String BASE = "/api/volunteers/v1";
    private static final String TOPIC = "onderop.matching.events";
    private static final String DLQ = "onderop.matching.events.dlq.volunteer-service";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-help-request-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
        // a group of its own: other cached contexts of this module consume the topic as volunteer-service
        registry.add("spring.cloud.stream.bindings.matchingEvents-in-0.group", () -> "volunteer-help-request-tests");
        registry.add("spring.cloud.stream.bindings.matchingEvents-in-0.consumer.back-off-initial-interval", () -> "50");
    }

    @LocalServerPort
    int port;

    WebTestClient client;
    String organization;
    String coordinator;

    @BeforeEach
    void world() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        organization = "org-" + UUID.randomUUID().toString().substring(0, 8);
        coordinator = TOKENS.orgCoordinator("delft", organization);
    }

    private static String event(String type, String tenant, String requestId, Map<String, Object> data) {
        return JSON.writeValueAsString(new CloudEvent("1.0", UUID.randomUUID().toString(), "/onderop/matching-service", type,
                requestId, Instant.now(), tenant, "application/json", data));
    }

    private static void publish(String key, String payload) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
    }

    private Map<String, Object> split(String requestId, LocalDate date) {
        Map<String, Object> full = new HashMap<>();
        full.put("key", requestId + ":1");
        full.put("title", "Samen een brief van de Belastingdienst lezen");
        full.put("description", "Een uur samen de post doornemen.");
        full.put("date", date.toString());
        full.put("startTime", "14:30");
        full.put("durationMinutes", 90);
        full.put("district", "Binnenstad");
        full.put("languages", List.of("ar", "nl"));
        full.put("someFutureField", "ignored");
        Map<String, Object> bare = Map.of("key", requestId + ":2", "title", "Afspraak bij de gemeente maken");
        Map<String, Object> data = new HashMap<>();
        data.put("requestId", requestId);
        data.put("tenant", "delft");
        data.put("organization", organization);
        data.put("kind", "help-with-bureaucracy");
        data.put("tasks", List.of(full, bare));
        return data;
    }

    private List<JsonNode> tasksOfRequest(String token, String requestId) {
        JsonNode page = client.get().uri(BASE + "/tasks?pageSize=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> found = new ArrayList<>();
        page.get("tasks").forEach(task -> {
            if (!task.get("helpRequest").isNull() && requestId.equals(task.get("helpRequest").get("requestId").asString())) {
                found.add(task);
            }
        });
        return found;
    }

    private int statusOf(String token, String taskId) {
        return client.get().uri(BASE + "/tasks/" + taskId).headers(h -> h.setBearerAuth(token)).exchange()
                .expectBody(String.class).returnResult().getStatus().value();
    }

    @Test
    void aSplitBecomesTheOrganisationsTasksOnceAndAClosedRequestCancelsThem() {
        String requestId = UUID.randomUUID().toString();
        LocalDate date = LocalDate.now(ZONE).plusDays(20);
        String splitEvent = event("nl.onderop.matching.help-request.split.v1", "delft", requestId, split(requestId, date));
        publish("delft:" + requestId, splitEvent);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> tasksOfRequest(coordinator, requestId).size() == 2);
        List<JsonNode> tasks = tasksOfRequest(coordinator, requestId);
        JsonNode full = tasks.stream().filter(task -> task.get("helpRequest").get("key").asString().endsWith(":1")).findFirst()
                .orElseThrow();
        Instant startsAt = ZonedDateTime.of(date, LocalTime.of(14, 30), ZONE).toInstant();
        assertThat(full.get("id").asString()).isEqualTo(UUID.nameUUIDFromBytes(("onderop-matching-task:" + requestId + ":1")
                .getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(full.get("organization").asString()).isEqualTo(organization);
        assertThat(full.get("title").asString()).isEqualTo("Samen een brief van de Belastingdienst lezen");
        assertThat(full.get("description").asString()).isEqualTo("Een uur samen de post doornemen.");
        assertThat(Instant.parse(full.get("startsAt").asString())).isEqualTo(startsAt);
        assertThat(Instant.parse(full.get("endsAt").asString())).isEqualTo(startsAt.plus(Duration.ofMinutes(90)));
        assertThat(full.get("place").asString()).isEqualTo("Binnenstad");
        assertThat(full.get("capacity").asInt()).isEqualTo(1);
        assertThat(full.get("openToPool").asBoolean()).isFalse();
        assertThat(full.get("status").asString()).isEqualTo("open");
        assertThat(full.get("source").asString()).isEqualTo("help-request");
        assertThat(full.get("helpRequest").get("kind").asString()).isEqualTo("help-with-bureaucracy");
        assertThat(full.get("helpRequest").get("languages").toString()).isEqualTo("[\"ar\",\"nl\"]");

        // what the second piece leaves out gets the defaults: a week after arrival at 10:00, an hour, place to be agreed
        JsonNode bare = tasks.stream().filter(task -> task.get("helpRequest").get("key").asString().endsWith(":2")).findFirst()
                .orElseThrow();
        ZonedDateTime bareStart = Instant.parse(bare.get("startsAt").asString()).atZone(ZONE);
        assertThat(bareStart.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(bareStart.toLocalDate()).isBetween(LocalDate.now(ZONE).plusDays(6), LocalDate.now(ZONE).plusDays(8));
        assertThat(Duration.between(bareStart.toInstant(), Instant.parse(bare.get("endsAt").asString())))
                .isEqualTo(Duration.ofMinutes(60));
        assertThat(bare.get("place").asString()).isEqualTo("In overleg");
        assertThat(bare.get("description").isNull()).isTrue();

        // the same event again, and the same split announced anew under another event id: still two tasks
        publish("delft:" + requestId, splitEvent);
        publish("delft:" + requestId, event("nl.onderop.matching.help-request.split.v1", "delft", requestId,
                split(requestId, date)));
        // an event type this service does not handle passes by
        publish("delft:" + requestId, event("nl.onderop.matching.match.proposed.v1", "delft", requestId,
                Map.of("requestId", requestId)));
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> tasksOfRequest(coordinator, requestId).size() == 2);

        // open to the organisation's own volunteers only: the tenant's other organisations and other tenants see nothing
        String taskId = full.get("id").asString();
        assertThat(statusOf(TOKENS.orgCoordinator("delft", "delftse-buur"), taskId)).isEqualTo(404);
        assertThat(statusOf(TOKENS.orgCoordinator("leiden", organization), taskId)).isEqualTo(404);
        assertThat(statusOf(coordinator, taskId)).isEqualTo(200);

        publish("delft:" + requestId, event("nl.onderop.matching.help-request.closed.v1", "delft", requestId,
                Map.of("requestId", requestId, "tenant", "delft", "organization", organization)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> tasksOfRequest(coordinator, requestId).stream()
                .allMatch(task -> task.get("status").asString().equals("cancelled")));
        assertThat(tasksOfRequest(coordinator, requestId)).hasSize(2);
    }

    @Test
    void aBadPayloadGoesToTheDeadLetterTopicWithoutHoldingUpTheNextEvent() {
        String badRequest = UUID.randomUUID().toString();
        Map<String, Object> bad = split(badRequest, LocalDate.now(ZONE).plusDays(5));
        bad.remove("organization");
        String marker = "bad-" + badRequest;
        bad.put("kind", marker);
        publish("delft:" + badRequest, event("nl.onderop.matching.help-request.split.v1", "delft", badRequest, bad));
        String goodRequest = UUID.randomUUID().toString();
        publish("delft:" + goodRequest, event("nl.onderop.matching.help-request.split.v1", "delft", goodRequest,
                split(goodRequest, LocalDate.now(ZONE).plusDays(5))));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> tasksOfRequest(coordinator, goodRequest).size() == 2);
        List<TopicReader.Record> deadLetters = TopicReader.readUntil(TestKafka.brokers(), DLQ,
                record -> record.value().contains(marker), Duration.ofSeconds(30));
        assertThat(deadLetters).anySatisfy(record -> assertThat(record.value()).contains(marker));
        assertThat(tasksOfRequest(coordinator, badRequest)).isEmpty();
    }
}
