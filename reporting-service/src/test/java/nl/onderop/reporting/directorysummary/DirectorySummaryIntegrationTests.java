package nl.onderop.reporting.directorysummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.http.MediaType;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySummaryIntegrationTests {

    private static final String TOPIC = "onderop.directory.events";
    private static final String DLQ = "onderop.directory.events.dlq.reporting-service";
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "reporting-summary-tests");
        registry.add("spring.cloud.stream.bindings.directoryEvents-in-0.consumer.back-off-initial-interval", () -> "50");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static String registered(String eventId, String tenant, String organizationId, String type) {
        CloudEvent event = new CloudEvent("1.0", eventId, "/onderop/directory-service",
                "nl.onderop.directory.organization.registered.v1", organizationId, Instant.now(), tenant, "application/json",
                Map.of("organizationId", organizationId, "tenant", tenant, "type", type, "slug", "s", "name", "n"));
        return JSON.writeValueAsString(event);
    }

    private static void send(String key, String payload) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
    }

    private JsonNode summary(String token, String query) {
        return client.get().uri("/api/reports/v1/directory-summary" + query).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long count(String tenant, String type) {
        return summary(TOKENS.municipalityCoordinator(tenant), "").get("organizationsByType").get(type).asLong();
    }

    @Test
    void countsEachRegisteredOrganisationOnceEvenWhenTheEventComesTwice() {
        long before = count("haarlem", "self-organisation");
        String organizationId = UUID.randomUUID().toString();
        String event = registered(UUID.randomUUID().toString(), "haarlem", organizationId, "self-organisation");
        send("haarlem:" + organizationId, event);
        send("haarlem:" + organizationId, event);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("haarlem", "self-organisation") == before + 1);
        // another tenant's numbers do not move
        assertThat(summary(TOKENS.municipalityCoordinator("delft"), "").get("tenant").asString()).isEqualTo("delft");
        // a redelivery some time later still counts once
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> count("haarlem", "self-organisation") == before + 1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithoutBlockingTheNextOnes() {
        long before = count("leiden", "civil-society");
        String poisonMarker = "poison-" + UUID.randomUUID();
        send("leiden:poison", "{\"this is\": \"" + poisonMarker + "\"");
        String organizationId = UUID.randomUUID().toString();
        send("leiden:" + organizationId, registered(UUID.randomUUID().toString(), "leiden", organizationId, "civil-society"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("leiden", "civil-society") == before + 1);
        List<TopicReader.Record> deadLetters = TopicReader.readUntil(TestKafka.brokers(), DLQ,
                record -> record.value().contains(poisonMarker), Duration.ofSeconds(30));
        assertThat(deadLetters).anySatisfy(record -> assertThat(record.value()).contains(poisonMarker));
    }

    @Test
    void summaryIsForCoordinatorsOfThatTenantOnly() {
        client.get().uri("/api/reports/v1/directory-summary").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/reports/v1/directory-summary").headers(h -> h.setBearerAuth(TOKENS.volunteer("delft", "delftse-buur")))
                .exchange().expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/reports/v1/directory-summary?tenant=leiden")
                .headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("delft")))
                .exchange().expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/reports/v1/directory-summary?tenant=atlantis")
                .headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("delft")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("tenant");
        // the platform admin acts in three tenants and must say which
        client.get().uri("/api/reports/v1/directory-summary").headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("tenant");
        JsonNode leiden = summary(TOKENS.platformAdmin(), "?tenant=leiden");
        assertThat(leiden.get("tenant").asString()).isEqualTo("leiden");
        assertThat(leiden.get("organizationsByType").has("municipality")).isTrue();
        JsonNode own = summary(TOKENS.orgCoordinator("delft", "taalhuis-dok"), "");
        assertThat(own.get("tenant").asString()).isEqualTo("delft");
    }
}
