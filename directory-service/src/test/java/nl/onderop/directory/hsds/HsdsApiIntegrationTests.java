package nl.onderop.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import com.networknt.schema.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.directory.DirectoryApi;
import nl.onderop.directory.hsds.application.PublishedServiceAtLocation;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/**
 * The HSDS 3.0 profile against the demo directory: every answer validates against the HSDS schemas, only
 * published entries of published organisations appear, and filters and bad parameters behave as HSDS says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HsdsApiIntegrationTests {

    private static final String HSDS = "/api/directory/hsds/v3";
    private static final String NATIVE = "/api/directory/v1";
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LANGUAGE_TERM_ID = "025da923-9c56-5dbd-a0a1-571d879b5533";
    private static final String PRACTICAL_HELP_TERM_ID = "668a0a0c-07ba-5f24-a0ed-a11b2bdf5a08";

    private static HsdsSchemas schemas;
    private static JsonNode demo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "directory-hsds-tests");
        registry.add("onderop.demo-data.enabled", () -> "true");
        // the root then names the OpenAPI document at the address the test called
        registry.add("onderop.directory.hsds.public-base-url", () -> "");
    }

    @BeforeAll
    static void schemasAndDemoFile() throws IOException {
        schemas = new HsdsSchemas();
        try (InputStream in = new ClassPathResource("demo/directory-demo.json").getInputStream()) {
            demo = JSON.readTree(in);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping handlerMapping;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
                .build();
    }

    // ---- the API's root and its OpenAPI document

    @Test
    void rootTellsVersionProfileAndOpenApiDocumentWithAndWithoutTrailingSlash() {
        for (String root : List.of(HSDS, HSDS + "/")) {
            JsonNode info = ok(root);
            assertThat(info.get("version").asString()).isEqualTo("3.0");
            assertThat(info.get("profile").asString()).startsWith("https://");
            assertThat(info.get("openapi_url").asString()).isEqualTo("http://localhost:" + port + HSDS + "/openapi.json");
        }
        JsonNode document = ok(HSDS + "/openapi.json");
        assertThat(document.get("openapi").asString()).startsWith("3.");

        // every documented operation has a handler and every handler is documented ("" is the root too)
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> handled = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns().stream()
                .map(pattern -> pattern.getPatternString())
                .filter(path -> path.startsWith(HSDS))
                .map(path -> path.substring(HSDS.length()).isEmpty() ? "/" : path.substring(HSDS.length()))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> handled.add(method.name() + " " + path))));
        assertThat(documented).isEqualTo(handled);
    }

    // ---- schema validity of every object

    @Test
    void everyDemoServiceValidatesAgainstTheHsdsServiceSchema() {
        Map<String, JsonNode> listed = allServicesByOrganizationAndName();
        assertThat(listed.keySet()).isEqualTo(demoServiceKeys());

        for (JsonNode summary : listed.values()) {
            String id = summary.get("id").asString();
            JsonNode service = ok(HSDS + "/services/" + id);
            assertValid(schemas.service, service, "/services/" + id);
            assertThat(service.get("id").asString()).isEqualTo(id);
            assertThat(service.get("organization").get("id").asString())
                    .isEqualTo(summary.get("organization_id").asString());
            assertThat(service.get("attributes").size()).as("categories and target groups of " + id).isPositive();
        }
    }

    @Test
    void everyDemoOrganizationValidatesAgainstTheHsdsOrganizationSchema() {
        JsonNode page = ok(HSDS + "/organizations?per_page=100");
        assertValid(schemas.organizationPage, page, "/organizations?per_page=100");
        Set<String> names = new HashSet<>();
        demo.get("organizations").forEach(organization -> names.add(organization.get("name").asString()));
        Set<String> listed = new HashSet<>();
        page.get("contents").forEach(organization -> listed.add(organization.get("name").asString()));
        assertThat(listed).isEqualTo(names);

        for (JsonNode summary : page.get("contents")) {
            String id = summary.get("id").asString();
            JsonNode organization = ok(HSDS + "/organizations/" + id);
            assertValid(schemas.organization, organization, "/organizations/" + id);
            assertThat(organization.get("services").size()).as("services of " + id).isPositive();
            assertThat(organization.get("locations").size()).as("locations of " + id).isPositive();
            assertValid(schemas.organization, ok(HSDS + "/organizations/" + id + "?full_service=true"),
                    "/organizations/" + id + "?full_service=true");
        }
    }

    @Test
    void serviceAtLocationValidatesAgainstTheHsdsSchema() {
        JsonNode page = ok(HSDS + "/service_at_locations?per_page=100");
        int checked = 0;
        for (JsonNode item : page.get("contents")) {
            String id = item.get("id").asString();
            JsonNode delivered = ok(HSDS + "/service_at_locations/" + id);
            assertValid(schemas.serviceAtLocation, delivered, "/service_at_locations/" + id);
            assertThat(delivered.get("service").get("id").asString()).isEqualTo(item.get("service_id").asString());
            checked++;
        }
        assertThat(checked).isEqualTo(page.get("total_items").asInt()).isGreaterThan(60);
    }

    @Test
    void listsValidateAgainstTheHsdsListSchemasOnEveryPage() {
        long services = assertPagesValid("/services", schemas.servicePage, 20);
        assertThat(services).isEqualTo(demoServiceKeys().size());
        assertPagesValid("/services?full=true", schemas.servicePage, 30);
        assertPagesValid("/organizations", schemas.organizationPage, 10);
        assertPagesValid("/organizations?full=true", schemas.organizationPage, 10);
        long delivered = assertPagesValid("/service_at_locations", schemas.serviceAtLocationPage, 25);
        assertThat(delivered).isGreaterThan(services);
        assertPagesValid("/service_at_locations?full=true", schemas.serviceAtLocationPage, 40);
        assertPagesValid("/taxonomies", schemas.taxonomyPage, 1);
        assertPagesValid("/taxonomy_terms", schemas.taxonomyTermPage, 20);

        // past the last page: empty, still a valid page
        JsonNode beyond = ok(HSDS + "/services?page=50&per_page=20");
        assertValid(schemas.servicePage, beyond, "page 50");
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("last_page").asBoolean()).isTrue();
        assertThat(beyond.get("size").asInt()).isZero();
    }

    // ---- only published data

    @Test
    void draftServicesAndOrganisationsDoNotExistForHsds() {
        String token = TOKENS.token("hsds-test", List.of("municipality-coordinator"), List.of("leiden"), null);
        String draftOrganization = registerOrganization(token, "Concept initiatief " + UUID.randomUUID());
        String publishedOrganization = nativeOrganizationId(token, "we-are-leiden");
        JsonNode draftService = createService(token, publishedOrganization, "Conceptdienst taal");
        String draftServiceId = draftService.get("id").asString();
        String draftLocationId = PublishedServiceAtLocation.idOf(draftServiceId,
                draftService.get("locations").get(0).get("id").asString());

        expectNotFound(HSDS + "/services/" + draftServiceId);
        expectNotFound(HSDS + "/organizations/" + draftOrganization);
        expectNotFound(HSDS + "/service_at_locations/" + draftLocationId);
        assertThat(ids(ok(HSDS + "/services?per_page=100&organization_id=" + publishedOrganization)))
                .isNotEmpty().doesNotContain(draftServiceId);
        assertThat(ids(ok(HSDS + "/service_at_locations?per_page=100&full=true"))).doesNotContain(draftLocationId);
        assertThat(ids(ok(HSDS + "/organizations?per_page=100"))).doesNotContain(draftOrganization);
        assertThat(ok(HSDS + "/services?search=Conceptdienst").get("total_items").asInt()).isZero();
        // the native API shows the draft to its municipality, so it exists
        client.get().uri(NATIVE + "/services/" + draftServiceId).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk();
    }

    @Test
    void withdrawnEntriesAndServicesOfWithdrawnOrganisationsDisappear() {
        String token = TOKENS.token("hsds-test", List.of("municipality-coordinator"), List.of("leiden"), null);
        String organization = registerOrganization(token, "Tijdelijk initiatief " + UUID.randomUUID());
        publication(token, NATIVE + "/organizations/" + organization, "published");
        assertValid(schemas.organization, ok(HSDS + "/organizations/" + organization), "new organisation");
        String service = createService(token, organization, "Tijdelijke taalles").get("id").asString();
        expectNotFound(HSDS + "/services/" + service);

        publication(token, NATIVE + "/services/" + service, "published");
        assertValid(schemas.service, ok(HSDS + "/services/" + service), "published service");
        publication(token, NATIVE + "/services/" + service, "withdrawn");
        expectNotFound(HSDS + "/services/" + service);

        publication(token, NATIVE + "/services/" + service, "published");
        assertThat(ok(HSDS + "/services?organization_id=" + organization).get("total_items").asInt()).isEqualTo(1);
        publication(token, NATIVE + "/organizations/" + organization, "withdrawn");
        expectNotFound(HSDS + "/organizations/" + organization);
        expectNotFound(HSDS + "/services/" + service);
        assertThat(ok(HSDS + "/services?organization_id=" + organization).get("total_items").asInt()).isZero();
    }

    // ---- hole 2: location ids are the editor's to choose, so they must not reach into another service

    @Test
    void aLocationIdReusedByAnotherOrganisationDoesNotTakeOverTheFirstOnesServiceAtLocation() {
        String municipality = TOKENS.municipalityCoordinator("leiden");
        String victimSlug = "hsds-slachtoffer-" + UUID.randomUUID().toString().substring(0, 8);
        String attackerSlug = "hsds-aanvaller-" + UUID.randomUUID().toString().substring(0, 8);
        String victim = registerOrganization(municipality, victimSlug, "Slachtoffer " + victimSlug);
        String attacker = registerOrganization(municipality, attackerSlug, "Aanvaller " + attackerSlug);
        publication(municipality, NATIVE + "/organizations/" + victim, "published");
        publication(municipality, NATIVE + "/organizations/" + attacker, "published");
        try {
            String victimToken = TOKENS.orgCoordinator("leiden", victimSlug);
            JsonNode victimService = createService(victimToken, victim, "Taalcafé van het slachtoffer");
            String victimServiceId = victimService.get("id").asString();
            String locationId = victimService.get("locations").get(0).get("id").asString();
            publication(victimToken, NATIVE + "/services/" + victimServiceId, "published");
            String victimAtLocation = ok(HSDS + "/services/" + victimServiceId).get("service_at_locations").get(0)
                    .get("id").asString();

            // the attacker's coordinator sends every field, with the victim's location id
            String attackerToken = TOKENS.orgCoordinator("leiden", attackerSlug);
            String attackerServiceId = json(client.post().uri(NATIVE + "/organizations/" + attacker + "/services")
                    .headers(h -> h.setBearerAuth(attackerToken)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(DirectoryApi.everyServiceField("Taalcafé van de aanvaller", locationId, 1L))
                    .exchange().expectStatus().isCreated()
                    .expectBody().returnResult().getResponseBody()).get("id").asString();
            publication(attackerToken, NATIVE + "/services/" + attackerServiceId, "published");
            String attackerAtLocation = ok(HSDS + "/services/" + attackerServiceId).get("service_at_locations").get(0)
                    .get("id").asString();

            assertThat(attackerAtLocation).isNotEqualTo(victimAtLocation);
            JsonNode delivered = ok(HSDS + "/service_at_locations/" + victimAtLocation);
            assertValid(schemas.serviceAtLocation, delivered, "the victim's service at location");
            assertThat(delivered.get("service_id").asString()).isEqualTo(victimServiceId);
            assertThat(delivered.get("service").get("id").asString()).isEqualTo(victimServiceId);
            assertThat(delivered.get("service").get("organization").get("id").asString()).isEqualTo(victim);
            assertThat(delivered.get("location").get("name").asString()).isEqualTo("Testlocatie");
            assertThat(ok(HSDS + "/service_at_locations/" + attackerAtLocation).get("service_id").asString())
                    .isEqualTo(attackerServiceId);
            // the bare location id is no service_at_location id at all
            expectNotFound(HSDS + "/service_at_locations/" + locationId);

            // within one service, every location has an id of its own
            Map<String, Object> twice = DirectoryApi.everyServiceField("Taalcafé dubbel", locationId, null);
            List<Object> locations = new ArrayList<>((List<?>) twice.get("locations"));
            locations.add(locations.get(0));
            twice.put("locations", locations);
            client.put().uri(NATIVE + "/services/" + attackerServiceId).headers(h -> h.setBearerAuth(attackerToken))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(twice)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.invalidParams[?(@.name == 'locations[1].id')]").exists();
        } finally {
            publication(municipality, NATIVE + "/organizations/" + attacker, "withdrawn");
            publication(municipality, NATIVE + "/organizations/" + victim, "withdrawn");
        }
    }

    // ---- filters

    @Test
    void taxonomyTermFilterFindsTheServicesFiledUnderTheTermById() {
        Set<String> languageTerms = Set.of("language", "language-buddy", "extra-language-lessons", "language-cafe");
        Set<String> expected = demoServiceKeys(service -> anyOf(service.get("categories"), languageTerms));
        assertThat(keys(ok(HSDS + "/services?per_page=100&taxonomy_term_id=" + LANGUAGE_TERM_ID))).isEqualTo(expected);

        Set<String> cafes = demoServiceKeys(service -> anyOf(service.get("categories"), Set.of("language-cafe")));
        JsonNode byCode = ok(HSDS + "/services?per_page=100&taxonomy_term_id=language-cafe");
        assertThat(keys(byCode)).isEqualTo(cafes).isNotEmpty();

        Set<String> women = demoServiceKeys(service -> anyOf(service.get("targetGroups"), Set.of("women")));
        assertThat(keys(ok(HSDS + "/services?per_page=100&taxonomy_term_id=women"))).isEqualTo(women).isNotEmpty();
        assertThat(ok(HSDS + "/service_at_locations?per_page=100&taxonomy_term_id=women").get("total_items").asInt())
                .isGreaterThanOrEqualTo(women.size());
    }

    @Test
    void organizationFilterGivesExactlyThatOrganisationsServices() {
        JsonNode organizations = ok(HSDS + "/organizations?per_page=100");
        JsonNode taalhuis = find(organizations, "name", "Taalhuis DOK");
        Set<String> expected = demoServiceKeys(service -> false);
        demo.get("organizations").forEach(organization -> {
            if (organization.get("slug").asString().equals("taalhuis-dok")) {
                organization.get("services").forEach(service -> expected.add(
                        organization.get("name").asString() + "|" + service.get("name").get("nl").asString()));
            }
        });
        JsonNode page = ok(HSDS + "/services?per_page=100&organization_id=" + taalhuis.get("id").asString());
        assertThat(keys(page)).isEqualTo(expected).hasSize(3);
        assertThat(ok(HSDS + "/services?organization_id=" + UUID.randomUUID()).get("total_items").asInt()).isZero();
    }

    @Test
    void modifiedAfterKeepsTheServicesChangedAtOrAfterIt() {
        List<JsonNode> all = new ArrayList<>();
        ok(HSDS + "/services?per_page=100").get("contents").forEach(all::add);
        List<Instant> modified = all.stream().map(service -> Instant.parse(service.get("last_modified").asString()))
                .sorted().toList();
        Instant middle = modified.get(modified.size() / 2);
        long expected = modified.stream().filter(moment -> !moment.isBefore(middle)).count();

        assertThat(ok(HSDS + "/services?per_page=100&modified_after=" + middle).get("total_items").asLong())
                .isEqualTo(expected).isLessThanOrEqualTo(all.size());
        assertThat(ok(HSDS + "/services?modified_after=2000-01-01T00:00:00Z").get("total_items").asInt())
                .isEqualTo(all.size());
        assertThat(ok(HSDS + "/services?modified_after=2999-01-01").get("total_items").asInt()).isZero();
        assertThat(ok(HSDS + "/services?modified_after={moment}", "2999-01-01T10:00:00+01:00").get("total_items").asInt())
                .isZero();
    }

    @Test
    void searchUsesTheSearchIndex() {
        Set<String> languageTerms = Set.of("language-buddy", "extra-language-lessons", "language-cafe");
        Set<String> languageServices = demoServiceKeys(service -> anyOf(service.get("categories"), languageTerms));
        JsonNode found = ok(HSDS + "/services?per_page=100&search=taal");
        assertThat(keys(found)).containsAll(languageServices);
        assertThat(found.get("total_items").asInt()).isLessThan(demoServiceKeys().size());

        assertThat(ok(HSDS + "/services?search=xqzvwk").get("total_items").asInt()).isZero();
        JsonNode organizations = ok(HSDS + "/organizations?search=taalhuis");
        assertThat(organizations.get("contents").get(0).get("name").asString()).isEqualTo("Taalhuis DOK");
        assertThat(ok(HSDS + "/taxonomy_terms?search=taalcaf").get("contents").get(0).get("code").asString())
                .isEqualTo("language-cafe");
    }

    @Test
    void taxonomyTermsFilterByTaxonomyParentAndTopLevel() {
        JsonNode taxonomies = ok(HSDS + "/taxonomies");
        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(2);
        String targetGroups = find(taxonomies, "name", "Onderop doelgroepen").get("id").asString();
        assertThat(ok(HSDS + "/taxonomies/" + targetGroups).get("version").asString()).isEqualTo("2026.1");

        JsonNode groups = ok(HSDS + "/taxonomy_terms?per_page=100&taxonomy_id=" + targetGroups);
        assertThat(groups.get("total_items").asInt()).isEqualTo(10);
        groups.get("contents").forEach(term -> assertThat(term.get("taxonomy_id").asString()).isEqualTo(targetGroups));

        JsonNode children = ok(HSDS + "/taxonomy_terms?parent_id=" + LANGUAGE_TERM_ID);
        assertThat(codes(children)).containsExactlyInAnyOrder("language-buddy", "extra-language-lessons", "language-cafe");
        children.get("contents").forEach(term -> assertThat(term.get("parent_id").asString()).isEqualTo(LANGUAGE_TERM_ID));

        JsonNode top = ok(HSDS + "/taxonomy_terms?per_page=100&top_only=true&taxonomy_id=onderop-activities");
        assertThat(codes(top)).contains("language", "practical-help").doesNotContain("language-cafe");
        assertThat(ok(HSDS + "/taxonomy_terms/language-cafe").get("id").asString())
                .isEqualTo("a694dc6e-a729-59e2-a96d-50dd54f06121");
    }

    // ---- bad parameters

    @Test
    void badParametersAnswerProblemJsonNamingTheParameter() {
        Map<String, String> cases = new HashMap<>();
        cases.put("/services?per_page=1000", "per_page");
        cases.put("/services?per_page=0", "per_page");
        cases.put("/services?page=0", "page");
        cases.put("/services?page=abc", "page");
        cases.put("/services?taxonomy_term_id=nonsense", "taxonomy_term_id");
        cases.put("/services?modified_after=yesterday", "modified_after");
        cases.put("/services?organization_id=not-a-uuid", "organization_id");
        cases.put("/services?full=maybe", "full");
        cases.put("/services?taxonomy_id=nope", "taxonomy_id");
        cases.put("/services?format=ndjson", "format");
        cases.put("/service_at_locations?per_page=1000", "per_page");
        cases.put("/service_at_locations?taxonomy_term_id=nonsense", "taxonomy_term_id");
        cases.put("/organizations?page=0", "page");
        cases.put("/organizations?full_service=yes", "full_service");
        cases.put("/taxonomy_terms?parent_id=nonsense", "parent_id");
        cases.put("/taxonomy_terms?per_page=101", "per_page");
        cases.forEach((uri, parameter) -> client.get().uri(HSDS + uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.invalidParams[0].name").isEqualTo(parameter));

        expectNotFound(HSDS + "/services/" + UUID.randomUUID());
        expectNotFound(HSDS + "/organizations/not-an-id");
        expectNotFound(HSDS + "/taxonomy_terms/" + UUID.randomUUID());
    }

    // ---- the mapping of the domain

    @Test
    void serviceCarriesLocationsSchedulesLanguagesAndTermsInTheReadersLanguage() {
        Map<String, JsonNode> services = allServicesByOrganizationAndName();
        String id = services.get("Gemeente Haarlem|Informatiepunt Nieuwkomers").get("id").asString();
        JsonNode service = ok(HSDS + "/services/" + id);

        JsonNode location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("location_type").asString()).isEqualTo("physical");
        assertThat(location.get("latitude").asDouble()).isEqualTo(52.3808);
        JsonNode address = location.get("addresses").get(0);
        assertThat(address.get("address_1").asString()).isEqualTo("Stadhuisplein 2");
        assertThat(address.get("city").asString()).isEqualTo("Haarlem");
        assertThat(address.get("postal_code").asString()).isEqualTo("2011 AB");
        assertThat(address.get("state_province").asString()).isEqualTo("Noord-Holland");
        assertThat(address.get("country").asString()).isEqualTo("NL");
        assertThat(location.get("accessibility").get(0).get("description").asString()).startsWith("Rolstoeltoegankelijk");

        JsonNode schedule = service.get("schedules").get(0);
        assertThat(schedule.get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedule.get("byday").asString()).isEqualTo("MO,WE");
        assertThat(schedule.get("opens_at").asString()).isEqualTo("09:00");
        assertThat(schedule.get("closes_at").asString()).isEqualTo("12:00");

        assertThat(codes(service.get("languages"))).containsExactly("nl", "en", "ar");
        assertThat(service.get("languages").get(2).get("name").asString()).isEqualTo("Arabisch");
        JsonNode term = service.get("attributes").get(0).get("taxonomy_term");
        assertThat(term.get("code").asString()).isEqualTo("bureaucracy-explained");
        assertThat(term.get("parent_id").asString()).isEqualTo(PRACTICAL_HELP_TERM_ID);
        assertThat(term.get("taxonomy_detail").get("version").asString()).isEqualTo("2026.1");
        assertThat(service.get("cost_options").get(0).get("amount").asInt()).isZero();
        assertThat(service.get("cost_options").get(0).get("currency").asString()).isEqualTo("EUR");
        assertThat(service.get("assured_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(service.get("organization").get("phones").get(0).get("number").asString()).isEqualTo("+31 85 000 0001");

        // the same ids on every read, also for objects the domain has no id for
        assertThat(ok(HSDS + "/services/" + id)).isEqualTo(service);

        // Arabic where the entry has it; Farsi falls back to Dutch
        EntityExchangeResult<byte[]> arabic = client.get().uri(HSDS + "/services/" + id)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "ar").exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ar")
                .expectBody().returnResult();
        assertThat(json(arabic.getResponseBody()).get("name").asString()).isEqualTo("نقطة معلومات للقادمين الجدد");
        JsonNode farsi = json(client.get().uri(HSDS + "/services/" + id).header(HttpHeaders.ACCEPT_LANGUAGE, "fa")
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(farsi.get("name").asString()).isEqualTo("Informatiepunt Nieuwkomers");

        // a reader who has it already gets a 304
        String etag = client.get().uri(HSDS + "/services/" + id).exchange().expectStatus().isOk()
                .returnResult(byte[].class).getResponseHeaders().getETag();
        client.get().uri(HSDS + "/services/" + id).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void rrulesBecomeHsdsFieldsOnlyWhereHsdsCanSayThem() {
        List<JsonNode> schedules = new ArrayList<>();
        List<JsonNode> locations = new ArrayList<>();
        JsonNode full = ok(HSDS + "/services?per_page=100&full=true");
        full.get("contents").forEach(service -> {
            service.path("schedules").forEach(schedules::add);
            service.path("service_at_locations").forEach(delivered -> locations.add(delivered.get("location")));
        });

        assertThat(schedules).anySatisfy(schedule -> {
            assertThat(schedule.path("freq").asString("")).isEqualTo("MONTHLY");
            assertThat(schedule.path("byday").asString("")).isEqualTo("-1FR");
        });
        assertThat(schedules).anySatisfy(schedule -> {
            assertThat(schedule.path("freq").asString("")).isEqualTo("WEEKLY");
            assertThat(schedule.path("interval").asInt(1)).isEqualTo(2);
            assertThat(schedule.path("byday").asString("")).isEqualTo("TU");
        });
        // a yearly rule and a rule limited to some months keep their meaning in notes, not in wrong fields
        for (String rule : List.of("FREQ=YEARLY;BYMONTH=11;BYDAY=SA", "FREQ=WEEKLY;BYMONTH=7,8;BYDAY=MO,TU,WE,TH")) {
            assertThat(schedules).anySatisfy(schedule -> {
                assertThat(schedule.path("notes").asString("")).isEqualTo("RRULE:" + rule);
                assertThat(schedule.has("freq")).isFalse();
                assertThat(schedule.path("description").asString("")).isNotBlank();
            });
        }
        assertThat(schedules).allSatisfy(schedule -> assertThat(schedule.path("freq").asString("WEEKLY"))
                .isIn("WEEKLY", "MONTHLY"));

        assertThat(locations).anySatisfy(location -> {
            assertThat(location.path("location_type").asString("")).isEqualTo("virtual");
            assertThat(location.path("url").asString("")).startsWith("https://");
            assertThat(location.has("addresses")).isFalse();
        });
        assertThat(locations).filteredOn(location -> location.has("addresses"))
                .allSatisfy(location -> assertThat(location.get("addresses").get(0).get("state_province").asString())
                        .isIn("Noord-Holland", "Zuid-Holland"));
    }

    // ---- helpers

    /** Walks every page and validates each; returns the number of items, checking it against total_items. */
    private long assertPagesValid(String list, Schema schema, int perPage) {
        String separator = list.contains("?") ? "&" : "?";
        Set<String> seen = new HashSet<>();
        JsonNode first = ok(HSDS + list + separator + "per_page=" + perPage);
        long total = first.get("total_items").asLong();
        int pages = first.get("total_pages").asInt();
        assertThat(pages).isEqualTo((int) ((total + perPage - 1) / perPage));
        for (int number = 1; number <= pages; number++) {
            String uri = HSDS + list + separator + "per_page=" + perPage + "&page=" + number;
            JsonNode page = number == 1 ? first : ok(uri);
            assertValid(schema, page, uri);
            assertThat(page.get("page_number").asInt()).isEqualTo(number);
            assertThat(page.get("first_page").asBoolean()).isEqualTo(number == 1);
            assertThat(page.get("last_page").asBoolean()).isEqualTo(number == pages);
            assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size()).isLessThanOrEqualTo(perPage);
            page.get("contents").forEach(item -> assertThat(seen.add(item.get("id").asString()))
                    .as("id %s on one page only", item.get("id")).isTrue());
        }
        assertThat((long) seen.size()).isEqualTo(total);
        return total;
    }

    private static void assertValid(Schema schema, JsonNode document, String what) {
        List<String> violations = HsdsSchemas.violations(schema, document);
        assertThat(violations).as("HSDS schema violations of %s:%n%s", what, String.join("\n", violations)).isEmpty();
    }

    private JsonNode ok(String uri, Object... variables) {
        byte[] body = client.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return json(body);
    }

    private void expectNotFound(String uri) {
        client.get().uri(uri).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    private static JsonNode json(byte[] body) {
        assertThat(body).isNotNull();
        return JSON.readTree(body);
    }

    /** Every listed service, keyed "organisation name|Dutch service name". */
    private Map<String, JsonNode> allServicesByOrganizationAndName() {
        JsonNode page = ok(HSDS + "/services?per_page=100");
        assertThat(page.get("total_pages").asInt()).isEqualTo(1);
        Map<String, JsonNode> byKey = new HashMap<>();
        page.get("contents").forEach(service -> byKey.put(key(service), service));
        return byKey;
    }

    private static String key(JsonNode service) {
        return service.get("organization").get("name").asString() + "|" + service.get("name").asString();
    }

    private static Set<String> keys(JsonNode page) {
        Set<String> keys = new HashSet<>();
        page.get("contents").forEach(service -> keys.add(key(service)));
        assertThat(keys).hasSize(page.get("contents").size());
        return keys;
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new HashSet<>();
        page.get("contents").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> codes(JsonNode pageOrList) {
        JsonNode items = pageOrList.has("contents") ? pageOrList.get("contents") : pageOrList;
        List<String> codes = new ArrayList<>();
        items.forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    private static JsonNode find(JsonNode page, String field, String value) {
        for (JsonNode item : page.get("contents")) {
            if (value.equals(item.get(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + page);
    }

    private static Set<String> demoServiceKeys() {
        return demoServiceKeys(service -> true);
    }

    private static Set<String> demoServiceKeys(Predicate<JsonNode> wanted) {
        Set<String> keys = new HashSet<>();
        demo.get("organizations").forEach(organization -> organization.get("services").forEach(service -> {
            if (wanted.test(service)) {
                keys.add(organization.get("name").asString() + "|" + service.get("name").get("nl").asString());
            }
        }));
        return keys;
    }

    private static boolean anyOf(JsonNode codes, Set<String> wanted) {
        for (JsonNode code : codes) {
            if (wanted.contains(code.asString())) {
                return true;
            }
        }
        return false;
    }

    private String registerOrganization(String token, String name) {
        return registerOrganization(token, "hsds-" + UUID.randomUUID().toString().substring(0, 8), name);
    }

    private String registerOrganization(String token, String slug, String name) {
        Map<String, Object> body = Map.of("tenant", "leiden", "slug", slug, "name", name, "type", "initiative",
                "description", Map.of("nl", "Een organisatie van de HSDS-test"));
        return json(client.post().uri(NATIVE + "/organizations").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody()).get("id").asString();
    }

    private String nativeOrganizationId(String token, String slug) {
        JsonNode page = json(client.get().uri(NATIVE + "/organizations?tenant=leiden&pageSize=100")
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        for (JsonNode organization : page.get("organizations")) {
            if (slug.equals(organization.get("slug").asString())) {
                return organization.get("id").asString();
            }
        }
        throw new AssertionError("No organisation " + slug + " in leiden");
    }

    private JsonNode createService(String token, String organizationId, String name) {
        Map<String, Object> location = Map.of("name", "Testlocatie", "address", "Teststraat 1", "postcode", "2312 AB",
                "city", "Leiden", "latitude", 52.16, "longitude", 4.49);
        Map<String, Object> body = Map.of("name", Map.of("nl", name), "status", "active",
                "categories", List.of("language-cafe"), "targetGroups", List.of("newcomers"), "free", true,
                "locations", List.of(location));
        return json(client.post().uri(NATIVE + "/organizations/" + organizationId + "/services")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
    }

    private void publication(String token, String entry, String status) {
        client.put().uri(entry + "/publication").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status))
                .exchange().expectStatus().isEqualTo(HttpStatus.OK);
    }
}
