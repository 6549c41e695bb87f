package nl.onderop.directory.service.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.directory.DirectoryApi;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.testsupport.AuditCapture;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

/**
 * A service's life as other services hear of it (published, updated, withdrawn, verified, verification due),
 * through the outbox to a real Kafka broker; lost updates refused; freshness announced once per period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceLifecycleIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final String TOPIC = "onderop.directory.events";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "directory-lifecycle-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
        registry.add("onderop.directory.verification.periods.haarlem", () -> "P3M");
    }

    @LocalServerPort
    int port;

    @Autowired
    ServiceRepository repository;

    @Autowired
    VerificationDueNotifier notifier;

    DirectoryApi api;

    @BeforeEach
    void client() {
        api = new DirectoryApi(port);
    }

    private String publishedOrganization(String tenant) {
        String id = api.registerOrganization(TOKENS.platformAdmin(), tenant, DirectoryApi.uniqueSlug("levensloop"));
        api.publishOrganization(TOKENS.platformAdmin(), id);
        return id;
    }

    private List<String> eventTypesOf(String serviceId, String lastType) {
        JsonMapper json = JsonMapper.builder().build();
        return TopicReader.readUntil(TestKafka.brokers(), TOPIC,
                        record -> record.value().contains(serviceId) && record.value().contains(lastType), Duration.ofSeconds(30))
                .stream()
                .map(record -> json.readTree(record.value()))
                .filter(event -> serviceId.equals(event.get("subject").asString()))
                .map(event -> event.get("type").asString())
                .toList();
    }

    @Test
    void everyChangeOthersNeedIsAnnouncedInOrder() {
        String municipality = TOKENS.municipalityCoordinator("leiden");
        String organization = publishedOrganization("leiden");
        String service = api.createService(municipality, organization, DirectoryApi.languageCafe("Taalcafé Levensloop"));
        api.publishService(municipality, service);
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(DirectoryApi.languageCafe("Taalcafé Levensloop 2"))
                .exchange().expectStatus().isOk();
        api.client().post().uri(DirectoryApi.BASE + "/services/" + service + "/verifications")
                .headers(h -> h.setBearerAuth(municipality)).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.assuredDate").isEqualTo(LocalDate.now(ServiceEntry.DIRECTORY_ZONE).toString());
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service + "/publication").headers(h -> h.setBearerAuth(municipality))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "withdrawn"))
                .exchange().expectStatus().isOk();

        assertThat(eventTypesOf(service, "withdrawn")).containsExactly(
                "nl.onderop.directory.service.published.v1",
                "nl.onderop.directory.service.updated.v1",
                "nl.onderop.directory.service.verified.v1",
                "nl.onderop.directory.service.withdrawn.v1");
        // withdrawn: gone from the public
        api.client().get().uri(DirectoryApi.BASE + "/services/" + service).exchange().expectStatus().isNotFound();
    }

    @Test
    void anEditOfAnOlderVersionIsAConflictAndChangesNothing() {
        String municipality = TOKENS.municipalityCoordinator("delft");
        String organization = publishedOrganization("delft");
        String service = api.createService(municipality, organization, DirectoryApi.languageCafe("Taalcafé Versie"));
        Map<String, Object> edit = new java.util.HashMap<>(DirectoryApi.languageCafe("Taalcafé Versie 2"));

        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .header("If-Match", "\"v1\"").contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"v2\"");
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .header("If-Match", "\"v1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DirectoryApi.languageCafe("Taalcafé Oud"))
                .exchange().expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // the ETag of a read is a valid If-Match, until the next change
        String readTag = api.client().get().uri(DirectoryApi.BASE + "/services/" + service)
                .headers(h -> h.setBearerAuth(municipality)).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getETag();
        assertThat(readTag).startsWith("\"v2-");
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .header("If-Match", readTag).contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"v3\"");
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .header("If-Match", readTag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DirectoryApi.languageCafe("Taalcafé Oud"))
                .exchange().expectStatus().isEqualTo(412);
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .header("If-Match", "*").contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("If-Match");
        edit.put("version", 1);
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(edit).exchange().expectStatus().isEqualTo(409);

        api.client().get().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(municipality))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Taalcafé Versie 2").jsonPath("$.version").isEqualTo(3);
    }

    @Test
    void withdrawingAnOrganisationWithdrawsItsPublishedServices() {
        String municipality = TOKENS.municipalityCoordinator("haarlem");
        String organization = publishedOrganization("haarlem");
        String published = api.createService(municipality, organization, DirectoryApi.languageCafe("Taalcafé Intrekken"));
        api.publishService(municipality, published);
        String draft = api.createService(municipality, organization, DirectoryApi.languageCafe("Taalcafé Concept Intrekken"));
        api.client().get().uri(DirectoryApi.BASE + "/services?q=intrekken").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.services[?(@.id == '" + published + "')]").exists();

        api.client().put().uri(DirectoryApi.BASE + "/organizations/" + organization + "/publication")
                .headers(h -> h.setBearerAuth(municipality)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "withdrawn")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("withdrawn");

        api.client().get().uri(DirectoryApi.BASE + "/services/" + published).exchange().expectStatus().isNotFound();
        api.client().get().uri(DirectoryApi.BASE + "/services?q=intrekken").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.services[?(@.id == '" + published + "')]").doesNotExist();
        assertThat(eventTypesOf(published, "withdrawn")).containsExactly(
                "nl.onderop.directory.service.published.v1", "nl.onderop.directory.service.withdrawn.v1");
        api.client().get().uri(DirectoryApi.BASE + "/services/" + draft).headers(h -> h.setBearerAuth(municipality))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.publication").isEqualTo("draft");
        api.client().get().uri(DirectoryApi.BASE + "/insights?tenant=atlantis").headers(h -> h.setBearerAuth(municipality))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("tenant");
    }

    @Test
    void aServiceIsPublishedOnlyUnderAPublishedOrganisation() {
        String municipality = TOKENS.municipalityCoordinator("delft");
        String draftOrganization = api.registerOrganization(TOKENS.platformAdmin(), "delft", DirectoryApi.uniqueSlug("concept"));
        String service = api.createService(municipality, draftOrganization, DirectoryApi.languageCafe("Taalcafé Concept"));
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service + "/publication").headers(h -> h.setBearerAuth(municipality))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "published"))
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void badServicesAreRefusedNamingEveryWrongField() {
        String municipality = TOKENS.municipalityCoordinator("delft");
        String organization = publishedOrganization("delft");
        Map<String, Object> bad = new java.util.HashMap<>(DirectoryApi.languageCafe("Taalcafé Fout"));
        bad.put("categories", List.of("flower-arranging"));
        bad.put("targetGroups", List.of("aliens"));
        bad.put("minimumAge", 30);
        bad.put("maximumAge", 18);
        bad.put("free", false);
        bad.put("locations", List.of(Map.of("address", "Markt 1", "latitude", 95.0, "longitude", 4.35)));
        bad.put("schedules", List.of(Map.of("days", List.of("tuesday"), "opensAt", "21:00", "closesAt", "19:00")));

        api.client().post().uri(DirectoryApi.BASE + "/organizations/" + organization + "/services")
                .headers(h -> h.setBearerAuth(municipality)).contentType(MediaType.APPLICATION_JSON).bodyValue(bad)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[?(@.name == 'categories[0]')]").exists()
                .jsonPath("$.invalidParams[?(@.name == 'targetGroups[0]')]").exists()
                .jsonPath("$.invalidParams[?(@.name == 'maximumAge')]").exists()
                .jsonPath("$.invalidParams[?(@.name == 'feeDescription')]").exists()
                .jsonPath("$.invalidParams[?(@.name == 'locations[0].latitude')]").exists()
                .jsonPath("$.invalidParams[?(@.name == 'schedules[0].closesAt')]").exists();

        Map<String, Object> shape = new java.util.HashMap<>(DirectoryApi.languageCafe("Taalcafé Vorm"));
        shape.put("status", "open");
        shape.put("colour", "red");
        api.client().post().uri(DirectoryApi.BASE + "/organizations/" + organization + "/services")
                .headers(h -> h.setBearerAuth(municipality)).contentType(MediaType.APPLICATION_JSON).bodyValue(shape)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("colour");
        api.client().get().uri(DirectoryApi.BASE + "/organizations/" + organization + "/services")
                .headers(h -> h.setBearerAuth(municipality)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.services.length()").isEqualTo(0);
    }

    // ---- hole 2: a verification holds for what the municipality verified

    private JsonNode put(String token, String service, Map<String, Object> body) {
        return api.client().put().uri(DirectoryApi.BASE + "/services/" + service).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode verify(String token, String service) {
        return api.client().post().uri(DirectoryApi.BASE + "/services/" + service + "/verifications")
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void anOrgCoordinatorsEditOfAVerifiedServiceSendsItBackToVerification() {
        String municipality = TOKENS.municipalityCoordinator("leiden");
        String slug = DirectoryApi.uniqueSlug("verificatie");
        String organization = api.registerOrganization(TOKENS.platformAdmin(), "leiden", slug);
        api.publishOrganization(TOKENS.platformAdmin(), organization);
        String own = TOKENS.orgCoordinator("leiden", slug);
        String service = api.createService(own, organization, DirectoryApi.everyServiceField("Taalles Geverifieerd", null, null));
        api.publishService(own, service);
        String today = LocalDate.now(ServiceEntry.DIRECTORY_ZONE).toString();

        try (AuditCapture audit = AuditCapture.start()) {
            JsonNode verified = verify(municipality, service);
            assertThat(verified.get("assuredDate").asString()).isEqualTo(today);
            audit.await(VerifyService.VERIFY, "object=service:" + service, "actor=regie-leiden", "outcome=SUCCESS");

            // the same content again (as read, location id and version included): the verification holds
            String locationId = verified.get("locations").get(0).get("id").asString();
            JsonNode same = put(own, service, DirectoryApi.everyServiceField("Taalles Geverifieerd", locationId,
                    verified.get("version").asLong()));
            assertThat(same.get("assuredDate").asString()).isEqualTo(today);
            // and without the location's id: a new id for the same place, still the same content
            same = put(own, service, DirectoryApi.everyServiceField("Taalles Geverifieerd", null, null));
            assertThat(same.get("assuredDate").asString()).isEqualTo(today);

            // every field sent, the name changed: back to "to verify"
            JsonNode edited = put(own, service, DirectoryApi.everyServiceField("Taalles Anders Dan Geverifieerd", null,
                    same.get("version").asLong()));
            assertThat(edited.path("assuredDate").isNull() || edited.path("assuredDate").isMissingNode())
                    .as("assuredDate after the edit: %s", edited.path("assuredDate")).isTrue();
            audit.await(UpdateService.VERIFICATION_RESET, "object=service:" + service, "actor=coord-" + slug);
        }
        ServiceEntry stored = repository.findById(service).toFuture().join();
        assertThat(stored.assuredDate()).isNull();
        assertThat(stored.assurer()).isNull();
        assertThat(stored.isVerified()).isFalse();
        api.client().get().uri("/api/directory/hsds/v3/services/" + service).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.assured_date").doesNotExist();

        // the municipality's own edit keeps the verification it gave
        verify(municipality, service);
        JsonNode byMunicipality = put(municipality, service, DirectoryApi.everyServiceField("Taalles Door De Gemeente", null, null));
        assertThat(byMunicipality.get("assuredDate").asString()).isEqualTo(today);
        // another tenant's municipality cannot touch it at all
        api.client().put().uri(DirectoryApi.BASE + "/services/" + service)
                .headers(h -> h.setBearerAuth(TOKENS.municipalityCoordinator("delft")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(DirectoryApi.everyServiceField("Overname", null, null))
                .exchange().expectStatus().isForbidden();
    }

    private ServiceEntry storedPublished(String tenant, String organizationId, LocalDate confirmedOn) {
        var content = nl.onderop.directory.service.adapter.web.ServiceRequestMapping.content(
                JsonMapper.builder().build().convertValue(DirectoryApi.languageCafe("Taalcafé Oud Nieuws"),
                        nl.onderop.directory.service.adapter.web.ServiceRequest.class));
        Instant created = Instant.now().minus(Duration.ofDays(400));
        ServiceEntry entry = new ServiceEntry(UUID.randomUUID().toString(), tenant, organizationId, "oud-nieuws", content,
                nl.onderop.directory.organization.domain.PublicationStatus.PUBLISHED, confirmedOn, "municipality:" + tenant,
                0, 1, created, created);
        return repository.insert(entry, List.of()).toFuture().join();
    }

    @Test
    void verificationDueIsAnnouncedOncePerPeriodWithTheTenantsOwnPeriod() {
        LocalDate today = LocalDate.now(ServiceEntry.DIRECTORY_ZONE);
        ServiceEntry delftStale = storedPublished("delft", UUID.randomUUID().toString(), today.minusDays(200));
        ServiceEntry delftFresh = storedPublished("delft", UUID.randomUUID().toString(), today.minusDays(100));
        // Haarlem chose three months: 100 days is one period overdue, 200 days two
        ServiceEntry haarlemStale = storedPublished("haarlem", UUID.randomUUID().toString(), today.minusDays(100));
        ServiceEntry haarlemTwice = storedPublished("haarlem", UUID.randomUUID().toString(), today.minusDays(200));

        assertThat(notifier.scanOnce().toFuture().join()).isGreaterThanOrEqualTo(3);
        assertThat(notifier.scanOnce().toFuture().join()).isZero();

        String due = "verification-due";
        assertThat(eventTypesOf(delftStale.id(), due)).containsExactly("nl.onderop.directory.service.verification-due.v1");
        assertThat(eventTypesOf(haarlemStale.id(), due)).containsExactly("nl.onderop.directory.service.verification-due.v1");
        assertThat(eventTypesOf(haarlemTwice.id(), due)).hasSize(1);
        assertThat(repository.findById(haarlemTwice.id()).toFuture().join().verificationDueNotices()).isEqualTo(2);
        assertThat(repository.findById(delftFresh.id()).toFuture().join().verificationDueNotices()).isZero();
        JsonNode event = JsonMapper.builder().build().readTree(TopicReader.readUntil(TestKafka.brokers(), TOPIC,
                record -> record.value().contains(delftStale.id()) && record.value().contains(due), Duration.ofSeconds(30))
                .stream().filter(record -> record.value().contains(delftStale.id())).reduce((a, b) -> b).orElseThrow().value());
        assertThat(event.get("data").get("periodsOverdue").asInt()).isEqualTo(1);
        assertThat(event.get("tenant").asString()).isEqualTo("delft");
    }
}
