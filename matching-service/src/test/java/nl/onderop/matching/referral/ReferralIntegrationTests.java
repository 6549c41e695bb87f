package nl.onderop.matching.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
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

/**
 * Referrals end to end: the directory read model fed by real directory CloudEvents on the embedded Kafka broker,
 * the HTTP API with real tokens, the outbox relaying the referral events to {@code onderop.matching.events}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralIntegrationTests {

    private static final String BASE = "/api/matching/v1";
    private static final String DIRECTORY_TOPIC = "onderop.directory.events";
    private static final String MATCHING_TOPIC = "onderop.matching.events";
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "matching-referral-tests");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** Two organisations of one tenant, each with its coordinator, and a newcomer of the first one. */
    private record Scene(String tenant, String from, String to, String fromToken, String toToken, String newcomerId,
                         String newcomerToken, String serviceId) {
    }

    private Scene scene(String tenant) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String from = "buur-" + suffix;
        String to = "taalhuis-" + suffix;
        String newcomerToken = TOKENS.token("newcomer-" + suffix, List.of("newcomer"), List.of(tenant), from);
        JsonNode own = client.put().uri(BASE + "/me/newcomer-profile").headers(h -> h.setBearerAuth(newcomerToken))
                .bodyValue(Map.of("alias", "Samira-" + suffix, "languages", List.of(Map.of("code", "ar", "level", "native")),
                        "needs", List.of("language-buddy"), "consent", Map.of("given", true, "version", "2026-1")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String serviceId = UUID.randomUUID().toString();
        publishService(tenant, serviceId, "org-" + to, to, "published", 1);
        return new Scene(tenant, from, to, TOKENS.orgCoordinator(tenant, from), TOKENS.orgCoordinator(tenant, to),
                own.get("id").asString(), newcomerToken, serviceId);
    }

    private void publishService(String tenant, String serviceId, String organizationId, String slug, String publication,
                                long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serviceId", serviceId);
        data.put("tenant", tenant);
        data.put("organizationId", organizationId);
        if (slug != null) {
            data.put("organizationSlug", slug);
        }
        data.put("name", "Taalcafé " + slug);
        data.put("status", "active");
        data.put("publication", publication);
        data.put("categories", List.of("language-buddy"));
        data.put("version", version);
        String type = "published".equals(publication) ? "published" : "withdrawn";
        send(tenant + ":" + serviceId, event("nl.onderop.directory.service." + type + ".v1", tenant, serviceId, data));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Document stored = mongo.findById(serviceId, Document.class, "directory_services").toFuture().join();
            return stored != null && ((Number) stored.get("version")).longValue() >= version;
        });
    }

    private static String event(String type, String tenant, String subject, Map<String, Object> data) {
        return JSON.writeValueAsString(new CloudEvent("1.0", UUID.randomUUID().toString(), "/onderop/directory-service",
                type, subject, Instant.now(), tenant, "application/json", data));
    }

    private static void send(String key, String payload) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(DIRECTORY_TOPIC, key.getBytes(StandardCharsets.UTF_8),
                    payload.getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
    }

    private static Map<String, Object> referral(String serviceId, String note) {
        return Map.of("serviceId", serviceId, "note", note, "consent", Map.of("given", true, "version", "2026-1"));
    }

    private WebTestClient.ResponseSpec post(String token, String newcomerId, Object body) {
        return client.post().uri(BASE + "/newcomers/" + newcomerId + "/referrals").headers(h -> h.setBearerAuth(token))
                .bodyValue(body).exchange();
    }

    private String refer(Scene scene, String note) {
        return post(scene.fromToken(), scene.newcomerId(), referral(scene.serviceId(), note))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private JsonNode get(String token, String path) {
        return client.get().uri(BASE + path).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec status(String token, String id, Map<String, Object> body) {
        return client.put().uri(BASE + "/referrals/" + id + "/status").headers(h -> h.setBearerAuth(token))
                .bodyValue(body).exchange();
    }

    private static void invalid(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo(field);
    }

    private static void notFound(WebTestClient.ResponseSpec response) {
        response.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static JsonNode only(JsonNode list, String id) {
        for (JsonNode referral : list.get("referrals")) {
            if (referral.get("id").asString().equals(id)) {
                return referral;
            }
        }
        return null;
    }

    @Test
    void aReferralGoesFromCreatedThroughAcceptedToCompletedAndEverySideSeesIt() {
        Scene scene = scene("delft");
        String note = "Wil graag Nederlands oefenen, liefst op dinsdagochtend.";
        String id = refer(scene, note);

        JsonNode received = get(scene.toToken(), "/referrals/" + id);
        assertThat(received.get("status").asString()).isEqualTo("created");
        assertThat(received.get("fromOrganization").asString()).isEqualTo(scene.from());
        assertThat(received.get("toOrganization").asString()).isEqualTo(scene.to());
        assertThat(received.get("serviceName").asString()).isEqualTo("Taalcafé " + scene.to());
        assertThat(received.get("note").asString()).isEqualTo(note);
        assertThat(received.get("newcomer").get("alias").asString()).startsWith("Samira-");
        assertThat(received.get("newcomer").get("needs").get(0).asString()).isEqualTo("language-buddy");
        assertThat(received.get("consent").get("purpose").asString()).isEqualTo("referral");
        assertThat(only(get(scene.toToken(), "/referrals?direction=incoming"), id)).isNotNull();
        assertThat(only(get(scene.toToken(), "/referrals?direction=outgoing"), id)).isNull();
        assertThat(only(get(scene.newcomerToken(), "/me/referrals"), id).get("status").asString()).isEqualTo("created");

        status(scene.toToken(), id, Map.of("status", "accepted")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("accepted").jsonPath("$.note").isEqualTo(note);
        // the same answer again changes nothing
        status(scene.toToken(), id, Map.of("status", "accepted")).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        status(scene.toToken(), id, Map.of("status", "completed", "outcome", "Loopt mee in het taalcafé."))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("completed");

        // the referrer sees the outcome in its list; the receiver no longer sees the hand-over
        JsonNode outgoing = only(get(scene.fromToken(), "/referrals?direction=outgoing&status=completed"), id);
        assertThat(outgoing.get("outcome").asString()).isEqualTo("Loopt mee in het taalcafé.");
        assertThat(outgoing.get("history")).hasSize(3);
        assertThat(only(get(scene.fromToken(), "/referrals?direction=outgoing&status=created"), id)).isNull();
        JsonNode closed = get(scene.toToken(), "/referrals/" + id);
        assertThat(closed.path("note").isNull() || closed.path("note").isMissingNode()).isTrue();
        assertThat(closed.path("newcomer").isNull() || closed.path("newcomer").isMissingNode()).isTrue();
        assertThat(closed.get("status").asString()).isEqualTo("completed");
        JsonNode own = only(get(scene.newcomerToken(), "/me/referrals"), id);
        assertThat(own.get("status").asString()).isEqualTo("completed");
        assertThat(own.get("outcome").asString()).isEqualTo("Loopt mee in het taalcafé.");

        List<TopicReader.Record> events = TopicReader.readUntil(TestKafka.brokers(), MATCHING_TOPIC,
                record -> record.value().contains(id) && record.value().contains("referral.completed.v1"),
                Duration.ofSeconds(60));
        List<String> ofThis = events.stream().map(TopicReader.Record::value).filter(value -> value.contains(id)).toList();
        assertThat(ofThis).anySatisfy(value -> assertThat(value).contains("nl.onderop.matching.referral.created.v1"))
                .anySatisfy(value -> assertThat(value).contains("nl.onderop.matching.referral.accepted.v1"))
                .anySatisfy(value -> assertThat(value).contains("nl.onderop.matching.referral.completed.v1"));
        assertThat(ofThis).allSatisfy(value -> assertThat(value)
                .contains("\"toOrganization\":\"" + scene.to() + "\"")
                .contains("\"serviceId\":\"" + scene.serviceId() + "\"")
                .doesNotContain(note).doesNotContain("Samira").doesNotContain("taalcafé."));
    }

    @Test
    void aReferralNeedsConsentAPublishedServiceOfAnotherOrganisationAndNoOpenTwin() {
        Scene scene = scene("leiden");
        invalid(post(scene.fromToken(), scene.newcomerId(), Map.of("serviceId", scene.serviceId(), "note", "x")), "consent");
        invalid(post(scene.fromToken(), scene.newcomerId(), Map.of("serviceId", scene.serviceId(),
                "consent", Map.of("given", false, "version", "2026-1"))), "consent");
        invalid(post(scene.fromToken(), scene.newcomerId(), referral(UUID.randomUUID().toString(), "")), "serviceId");
        invalid(post(scene.fromToken(), scene.newcomerId(), referral(scene.serviceId(), "x".repeat(1001))), "note");

        String ownService = UUID.randomUUID().toString();
        publishService("leiden", ownService, "org-" + scene.from(), scene.from(), "published", 1);
        invalid(post(scene.fromToken(), scene.newcomerId(), referral(ownService, "")), "serviceId");

        String otherTenantService = UUID.randomUUID().toString();
        publishService("haarlem", otherTenantService, "org-elders", "elders", "published", 1);
        invalid(post(scene.fromToken(), scene.newcomerId(), referral(otherTenantService, "")), "serviceId");

        String withdrawn = UUID.randomUUID().toString();
        publishService("leiden", withdrawn, "org-" + scene.to(), scene.to(), "published", 4);
        publishService("leiden", withdrawn, "org-" + scene.to(), scene.to(), "withdrawn", 5);
        invalid(post(scene.fromToken(), scene.newcomerId(), referral(withdrawn, "")), "serviceId");

        // an older event arriving late does not publish it again
        publishService("leiden", withdrawn, "org-" + scene.to(), scene.to(), "published", 3);
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                Boolean.FALSE.equals(mongo.findById(withdrawn, Document.class, "directory_services").toFuture().join().get("published")));

        // only the newcomer's own coordinator refers; others do not even see the newcomer
        notFound(post(TOKENS.orgCoordinator("leiden", scene.to()), scene.newcomerId(), referral(scene.serviceId(), "")));
        notFound(post(TOKENS.municipalityCoordinator("leiden"), scene.newcomerId(), referral(scene.serviceId(), "")));
        notFound(post(TOKENS.orgCoordinator("delft", scene.from()), scene.newcomerId(), referral(scene.serviceId(), "")));
        post(scene.newcomerToken(), scene.newcomerId(), referral(scene.serviceId(), "")).expectStatus().isForbidden();

        String id = refer(scene, "eerste");
        post(scene.fromToken(), scene.newcomerId(), referral(scene.serviceId(), "tweede")).expectStatus().isEqualTo(409);
        status(scene.toToken(), id, Map.of("status", "declined", "outcome", "Geen plek tot de zomer.")).expectStatus().isOk();
        // once declined, a new referral to the same service may follow
        String again = refer(scene, "opnieuw, na de zomer");
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void onlyTheRightSideTakesEachStepAndNobodyElseSeesTheReferral() {
        Scene scene = scene("haarlem");
        String id = refer(scene, "Overdracht");

        notFound(client.get().uri(BASE + "/referrals/" + id).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("haarlem"))).exchange());
        notFound(client.get().uri(BASE + "/referrals/" + id).headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("haarlem", "derde"))).exchange());
        notFound(client.get().uri(BASE + "/referrals/" + id).headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("delft", scene.to()))).exchange());
        notFound(client.get().uri(BASE + "/referrals/" + id)
                .headers(h -> h.setBearerAuth(TOKENS.token("iemand", List.of("newcomer"), List.of("haarlem"), scene.from()))).exchange());
        client.get().uri(BASE + "/referrals/" + id).exchange().expectStatus().isUnauthorized();
        client.get().uri(BASE + "/referrals").headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("haarlem")))
                .exchange().expectStatus().isForbidden();
        assertThat(get(scene.newcomerToken(), "/referrals/" + id).get("status").asString()).isEqualTo("created");

        notFound(status(TOKENS.orgCoordinator("haarlem", "derde"), id, Map.of("status", "accepted")));
        notFound(status(TOKENS.municipalityCoordinator("haarlem"), id, Map.of("status", "accepted")));
        status(scene.fromToken(), id, Map.of("status", "accepted")).expectStatus().isForbidden();
        status(scene.toToken(), id, Map.of("status", "withdrawn")).expectStatus().isForbidden();
        status(scene.newcomerToken(), id, Map.of("status", "accepted")).expectStatus().isForbidden();
        invalid(status(scene.toToken(), id, Map.of("status", "created")), "status");
        invalid(status(scene.toToken(), id, Map.of("status", "lost")), "status");
        invalid(status(scene.toToken(), id, Map.of("status", "accepted", "outcome", "Welkom")), "outcome");
        invalid(client.get().uri(BASE + "/referrals?direction=sideways").headers(h -> h.setBearerAuth(scene.toToken())).exchange(),
                "direction");
        status(scene.toToken(), id, Map.of("status", "completed")).expectStatus().isEqualTo(409);
        status(scene.toToken(), id, Map.of("status", "accepted", "version", 7)).expectStatus().isEqualTo(409);

        status(scene.fromToken(), id, Map.of("status", "withdrawn")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("withdrawn");
        status(scene.toToken(), id, Map.of("status", "accepted")).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(only(get(scene.toToken(), "/referrals?status=withdrawn"), id)).isNotNull();
    }

    @Test
    void serviceEventsWithoutTheSlugAreResolvedThroughTheOrganisationEvents() {
        Scene scene = scene("delft");
        String organizationId = "org-" + UUID.randomUUID();
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("organizationId", organizationId);
        organization.put("tenant", "delft");
        organization.put("slug", scene.to());
        organization.put("name", "Taalhuis");
        organization.put("type", "civil-society");
        organization.put("status", "published");
        send("delft:" + organizationId, event("nl.onderop.directory.organization.registered.v1", "delft", organizationId,
                organization));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> mongo.findById(organizationId, Document.class, "directory_organizations").toFuture().join() != null);
        String serviceId = UUID.randomUUID().toString();
        publishService("delft", serviceId, organizationId, null, "published", 1);

        post(scene.fromToken(), scene.newcomerId(), referral(serviceId, "")).expectStatus().isCreated()
                .expectBody().jsonPath("$.toOrganization").isEqualTo(scene.to());
    }

    @Test
    void erasingTheNewcomerRemovesItsReferralsAndTheExportHoldsThem() {
        Scene scene = scene("delft");
        String id = refer(scene, "Voor de export");

        JsonNode export = get(scene.newcomerToken(), "/me/export");
        assertThat(export.get("referrals")).hasSize(1);
        assertThat(export.get("referrals").get(0).get("id").asString()).isEqualTo(id);
        assertThat(export.get("referrals").get(0).get("status").asString()).isEqualTo("created");

        client.delete().uri(BASE + "/newcomers/" + scene.newcomerId()).headers(h -> h.setBearerAuth(scene.fromToken()))
                .exchange().expectStatus().isNoContent();

        notFound(client.get().uri(BASE + "/referrals/" + id).headers(h -> h.setBearerAuth(scene.toToken())).exchange());
        notFound(client.get().uri(BASE + "/referrals/" + id).headers(h -> h.setBearerAuth(scene.fromToken())).exchange());
        assertThat(only(get(scene.toToken(), "/referrals"), id)).isNull();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("newcomerId").is(scene.newcomerId())),
                "referrals").toFuture().join()).isZero();
    }
}
