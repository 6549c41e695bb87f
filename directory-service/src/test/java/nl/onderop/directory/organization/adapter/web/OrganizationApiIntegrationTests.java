package nl.onderop.directory.organization.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.directory.organization.application.UpdateOrganization;
import nl.onderop.testsupport.AuditCapture;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationApiIntegrationTests {

    private static final String BASE = "/api/directory/v1/organizations";
    private static final TestIssuer TOKENS = TestIssuer.get();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "directory-api-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static Map<String, Object> organization(String tenant, String slug) {
        return Map.of("tenant", tenant, "slug", slug, "name", "Test initiatief " + slug, "type", "initiative",
                "description", Map.of("nl", "Een testorganisatie", "en", "A test organisation"));
    }

    private static String uniqueSlug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String register(String token, String tenant, String slug) {
        return client.post().uri(BASE).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization(tenant, slug))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", BASE + "/[0-9a-f-]{36}")
                .expectHeader().valueEquals("API-Version", "1.0.0")
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    @Test
    void municipalityCoordinatorRegistersAndReadsBackWhileOtherTenantsSeeNothing() {
        String slug = uniqueSlug();
        String id = register(TOKENS.municipalityCoordinator("leiden"), "leiden", slug);

        client.get().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("leiden")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.slug").isEqualTo(slug)
                .jsonPath("$.tenant").isEqualTo("leiden")
                .jsonPath("$.type").isEqualTo("initiative")
                .jsonPath("$.status").isEqualTo("draft");

        client.get().uri(BASE + "?tenant=leiden&pageSize=100").headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("leiden")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.organizations[?(@.id == '" + id + "')]").exists();

        // another tenant and anonymous callers: the draft does not exist for them
        client.get().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("delft")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(BASE + "/" + id).exchange().expectStatus().isNotFound();
        client.get().uri(BASE + "?tenant=leiden&pageSize=100").headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("delft")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.organizations[?(@.id == '" + id + "')]").doesNotExist();
        // its own org coordinator sees it, a coordinator of another organisation does not
        client.get().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("leiden", slug)))
                .exchange().expectStatus().isOk();
        client.get().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("leiden", "we-are-leiden")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyPlatformAdminAndOwnMunicipalityMayRegister() {
        register(TOKENS.platformAdmin(), "delft", uniqueSlug());

        for (String token : List.of(TOKENS.municipalityCoordinator("delft"), TOKENS.orgCoordinator("leiden", "we-are-leiden"),
                TOKENS.volunteer("leiden", "we-are-leiden"))) {
            client.post().uri(BASE).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", uniqueSlug()))
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403);
        }
        client.post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", uniqueSlug()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Unauthorized").jsonPath("$.detail").exists();
    }

    @Test
    void forgedTokensAreRejected() {
        List<String> roles = List.of("municipality-coordinator");
        List<String> leiden = List.of("leiden");
        String genuine = TOKENS.municipalityCoordinator("delft");
        List<String> forged = List.of(
                TOKENS.expired("x", roles, leiden),
                TOKENS.wrongAudience("x", roles, leiden),
                TOKENS.wrongIssuer("x", roles, leiden),
                TOKENS.signedWithForeignKey("x", roles, leiden),
                TOKENS.unsigned("x", roles, leiden),
                TOKENS.tampered(genuine, Map.of("tenants", List.of("leiden"))),
                "not-a-jwt");
        for (String token : forged) {
            client.post().uri(BASE).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("leiden", uniqueSlug()))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            // an invalid token is refused on public reads too
            client.get().uri(BASE).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void badInputGetsProblemNamingTheField() {
        String token = TOKENS.municipalityCoordinator("leiden");
        expectInvalid(token, "{\"tenant\": \"leiden\", \"slug\": ", "body");
        expectInvalid(token, "{\"tenant\":\"leiden\",\"slug\":\"abc\",\"name\":\"A\",\"type\":\"initiative\",\"colour\":\"red\"}", "colour");
        expectInvalid(token, "{\"tenant\":\"leiden\",\"slug\":\"abc\",\"name\":[\"A\"],\"type\":\"initiative\"}", "name");
        expectInvalid(token, "{\"tenant\":\"amsterdam\",\"slug\":\"abc\",\"name\":\"A\",\"type\":\"initiative\"}", "tenant");
        expectInvalid(token, "{\"tenant\":\"leiden\",\"slug\":\"Not A Slug\",\"name\":\"A\",\"type\":\"initiative\"}", "slug");
        expectInvalid(token, "{\"tenant\":\"leiden\",\"slug\":\"abc\",\"name\":\"A\",\"type\":\"church\"}", "type");
        expectInvalid(token, "{\"tenant\":\"leiden\",\"slug\":\"abc\",\"type\":\"initiative\"}", "name");

        String huge = "{\"tenant\":\"leiden\",\"slug\":\"abc\",\"name\":\"A\",\"type\":\"initiative\",\"description\":\""
                + "x".repeat(400_000) + "\"}";
        client.post().uri(BASE).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(huge)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        client.get().uri(BASE + "?pageSize=1000").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("pageSize");
        client.get().uri(BASE + "?page=abc").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("page");
        client.get().uri(BASE + "?tenant=atlantis").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("tenant");

        // nothing of the refused requests was written
        Long stored = mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("slug").is("abc")), "organizations").toFuture().join();
        assertThat(stored).isZero();
    }

    private void expectInvalid(String token, String body, String field) {
        client.post().uri(BASE).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.invalidParams[?(@.name == '" + field + "')]").exists();
    }

    @Test
    void duplicateSlugInATenantIsAConflict() {
        String slug = uniqueSlug();
        register(TOKENS.municipalityCoordinator("haarlem"), "haarlem", slug);
        client.post().uri(BASE).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("haarlem")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(organization("haarlem", slug))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);
        // the same slug in another tenant is fine
        register(TOKENS.municipalityCoordinator("delft"), "delft", slug);
    }

    // ---- hole 2: fields an org coordinator may not own

    private String publishedOrganization(String tenant, String slug) {
        String id = register(TOKENS.municipalityCoordinator(tenant), tenant, slug);
        client.put().uri(BASE + "/" + id + "/publication").headers(h -> h.setBearerAuth(TOKENS.platformAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "published"))
                .exchange().expectStatus().isOk();
        return id;
    }

    /** Every field of OrganizationProfileRequest, as an attacker fills them. */
    private static Map<String, Object> everyProfileField(String name, String type, List<String> activeTenants) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("description", Map.of("nl", "Wij zijn de gemeente", "en", "We are the municipality"));
        body.put("website", "https://gemeente.example");
        body.put("email", "info@gemeente.example");
        body.put("phones", List.of("+31 71 000 0000"));
        body.put("languages", List.of("nl", "en"));
        body.put("activeTenants", activeTenants);
        body.put("version", 2);
        return body;
    }

    private JsonNode read(String id) {
        return client.get().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("leiden")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void anOrgCoordinatorCannotRetypeRelistOrRenameItsPublishedOrganisation() {
        String slug = uniqueSlug();
        String id = publishedOrganization("leiden", slug);
        String own = TOKENS.orgCoordinator("leiden", slug);
        String storedName = "Test initiatief " + slug;

        // all at once, and each one alone: 403 problem+json naming the field, nothing written
        List<Map<String, Object>> attacks = List.of(
                everyProfileField("Gemeente Leiden", "municipality", List.of("leiden", "delft", "haarlem")),
                everyProfileField(storedName, "municipality", List.of("leiden")),
                everyProfileField(storedName, "initiative", List.of("leiden", "delft")),
                everyProfileField("Gemeente Leiden", "initiative", List.of("leiden")));
        List<String> refusedField = List.of("type", "type", "activeTenants", "name");
        for (int i = 0; i < attacks.size(); i++) {
            String field = refusedField.get(i);
            client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(own))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(attacks.get(i))
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(field));
        }
        JsonNode stored = read(id);
        assertThat(stored.get("name").asString()).isEqualTo(storedName);
        assertThat(stored.get("type").asString()).isEqualTo("initiative");
        assertThat(stored.get("activeTenants").valueStream().map(JsonNode::asString).toList()).containsExactly("leiden");
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        // it is not listed in another tenant
        client.get().uri(BASE + "?tenant=delft&pageSize=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.organizations[?(@.id == '" + id + "')]").doesNotExist();

        // the stored values sent back, or left out, are fine: the rest of the profile changes
        client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(own)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(everyProfileField(storedName, "initiative", List.of("leiden")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.website").isEqualTo("https://gemeente.example").jsonPath("$.version").isEqualTo(3);
        Map<String, Object> leftOut = everyProfileField(null, null, null);
        leftOut.remove("name");
        leftOut.remove("type");
        leftOut.remove("activeTenants");
        leftOut.put("website", "https://eigen.example");
        leftOut.put("version", 3);
        client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(own)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(leftOut)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.website").isEqualTo("https://eigen.example")
                .jsonPath("$.name").isEqualTo(storedName)
                .jsonPath("$.type").isEqualTo("initiative");
        assertThat(read(id).get("activeTenants").valueStream().map(JsonNode::asString).toList()).containsExactly("leiden");
    }

    @Test
    void anOrgCoordinatorRenamesItsDraftButNeverRetypesIt() {
        String slug = uniqueSlug();
        String id = register(TOKENS.municipalityCoordinator("leiden"), "leiden", slug);
        String own = TOKENS.orgCoordinator("leiden", slug);

        Map<String, Object> retype = everyProfileField("Nieuwe naam " + slug, "municipality", List.of("leiden"));
        retype.remove("version");
        client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(own)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(retype).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> rename = everyProfileField("Nieuwe naam " + slug, "initiative", List.of("leiden"));
        rename.remove("version");
        client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(own)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(rename).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Nieuwe naam " + slug).jsonPath("$.status").isEqualTo("draft");
    }

    @Test
    void theMunicipalitySetsTypeAndTenantsOnTheAuditTrail() {
        String slug = uniqueSlug();
        String id = publishedOrganization("leiden", slug);

        try (AuditCapture audit = AuditCapture.start()) {
            Map<String, Object> classify = everyProfileField("Zelforganisatie " + slug, "self-organisation",
                    List.of("leiden", "delft"));
            classify.remove("version");
            client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("leiden")))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(classify)
                    .exchange().expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("self-organisation")
                    .jsonPath("$.name").isEqualTo("Zelforganisatie " + slug);
            String line = audit.await(UpdateOrganization.CLASSIFICATION_SET, "object=organization:" + id);
            assertThat(line).contains("outcome=SUCCESS", "actor=regie-leiden", "tenant=leiden");

            // a profile edit that leaves type and tenants alone is no classification
            Map<String, Object> plain = everyProfileField("Zelforganisatie " + slug, "self-organisation",
                    List.of("leiden", "delft"));
            plain.remove("version");
            plain.put("website", "https://anders.example");
            client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.orgCoordinator("leiden", slug)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(plain)
                    .exchange().expectStatus().isOk();
            assertThat(audit.of(UpdateOrganization.CLASSIFICATION_SET)).hasSize(1);
        }
        // another municipality may not, not even for a tenant it is now active in
        Map<String, Object> foreign = everyProfileField("Zelforganisatie " + slug, "municipality", List.of("leiden", "delft"));
        foreign.remove("version");
        client.put().uri(BASE + "/" + id).headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("delft")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(foreign)
                .exchange().expectStatus().isForbidden();
        assertThat(read(id).get("activeTenants").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("leiden", "delft");
    }

    @Test
    void registrationIsPublishedAsCloudEventThroughTheOutbox() {
        String slug = uniqueSlug();
        String id = register(TOKENS.municipalityCoordinator("leiden"), "leiden", slug);

        List<TopicReader.Record> records = TopicReader.readUntil(TestKafka.brokers(), "onderop.directory.events",
                record -> record.value().contains(id), Duration.ofSeconds(30));
        TopicReader.Record record = records.get(records.size() - 1);
        JsonNode event = JsonMapper.builder().build().readTree(record.value());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("nl.onderop.directory.organization.registered.v1");
        assertThat(event.get("tenant").asString()).isEqualTo("leiden");
        assertThat(event.get("subject").asString()).isEqualTo(id);
        assertThat(event.get("source").asString()).isEqualTo("/onderop/directory-service");
        assertThat(event.get("data").get("type").asString()).isEqualTo("initiative");
        assertThat(record.key()).isEqualTo("leiden:" + id);

        // once relayed, the entry leaves the document's outbox
        Document stored = mongo.getCollection("organizations")
                .flatMap(collection -> reactor.core.publisher.Mono.from(collection.find(new Document("_id", id)).first()))
                .toFuture().join();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection("organizations")
                        .flatMap(collection -> reactor.core.publisher.Mono.from(collection.find(new Document("_id", id)).first()))
                        .map(doc -> doc.getList("outbox", Document.class, List.of()).isEmpty())
                        .toFuture().join());
        assertThat(stored).isNotNull();
    }
}
