package nl.onderop.directory.service.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

import nl.onderop.directory.DirectoryApi;
import nl.onderop.directory.service.application.PublicServiceCatalog;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/**
 * The public search as a newcomer uses it, on the demo content of the three cities: Dutch text that finds
 * what a Dutch speaker expects, filters, distance, translations, caching, and clear errors for bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceSearchIntegrationTests {

    private static final String SEARCH = DirectoryApi.BASE + "/services";
    private static final double DOK_LATITUDE = 52.0116;
    private static final double DOK_LONGITUDE = 4.3571;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "directory-search-tests");
        registry.add("onderop.demo-data.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    /** The real catalogue, watched: which thread the search index is asked on. */
    @MockitoSpyBean
    PublicServiceCatalog catalog;

    DirectoryApi api;

    @BeforeEach
    void client() {
        api = new DirectoryApi(port);
    }

    private JsonNode search(String query) {
        return api.client().get().uri(SEARCH + "?" + query).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("services").forEach(service -> names.add(service.get("name").asString()));
        return names;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void theIndexIsSearchedOffTheEventLoop() {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        doAnswer(call -> {
            threads.add(Thread.currentThread().getName());
            return call.callRealMethod();
        }).when(catalog).search(any());
        try {
            assertThat(names(search("q=taalcafe&pageSize=5"))).isNotEmpty();
            assertThat(search("q=taal&latitude=52.0116&longitude=4.3571&radiusKm=10").get("services")).isNotEmpty();
        } finally {
            reset(catalog);
        }
        // the server's event loop threads are webflux-http-epoll-N (or -nio-N); the index is asked elsewhere
        assertThat(threads).hasSize(2).allSatisfy(thread -> assertThat(thread)
                .doesNotContain("http").startsWith("boundedElastic"));
    }

    @Test
    void taalFindsCompoundsLikeTaalmaatjeAndTaalcafe() {
        List<String> names = names(search("q=taal&pageSize=50"));

        assertThat(names).contains("Taalcafé DOK", "Taalmaatjes", "Taalgroep Nederlands", "Taalcafé Schalkwijk");
        // services named after language rank before those that merely mention it
        assertThat(names.subList(0, 5)).allSatisfy(name -> assertThat(folded(name)).contains("taal"));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        List<String> plain = names(search("q=taalcafe&pageSize=50"));
        List<String> shouted = names(search("q=TAALCAFÉ&pageSize=50"));

        assertThat(plain).contains("Taalcafé DOK", "Taalcafé Schalkwijk", "Taalcafé Buitenhof");
        assertThat(shouted).isEqualTo(plain);
    }

    @Test
    void pluralFindsTheSingularCompound() {
        assertThat(names(search("q=maatjes&pageSize=50"))).contains("Taalmaatjes", "Buurtmaatjes", "Maatjes in de stad");
    }

    @Test
    void exactNameRanksAboveADescriptionMatch() {
        List<String> names = names(search("q=vrouwencafé&pageSize=50"));
        assertThat(names.get(0)).isEqualTo("Vrouwencafé");
    }

    @Test
    void proximityFiltersByRadiusAndOrdersByDistance() {
        JsonNode page = search("q=taalcafe&tenant=delft&category=language-cafe&latitude=" + DOK_LATITUDE
                + "&longitude=" + DOK_LONGITUDE + "&radiusKm=2&pageSize=50");

        List<Double> distances = new ArrayList<>();
        page.get("services").forEach(service -> distances.add(service.get("distanceKm").asDouble()));
        assertThat(names(page).get(0)).isEqualTo("Taalcafé DOK");
        assertThat(distances).isSorted().allSatisfy(distance -> assertThat(distance).isLessThanOrEqualTo(2.0));
        assertThat(names(page)).contains("Taalcafé op dinsdagavond", "Koffie & Taal", "Taalcafé op woensdagochtend")
                .doesNotContain("Taalcafé Schalkwijk");

        JsonNode near = search("category=language-cafe&latitude=" + DOK_LATITUDE + "&longitude=" + DOK_LONGITUDE
                + "&radiusKm=0.5&pageSize=50");
        assertThat(names(near)).doesNotContain("Taalcafé Buitenhof");
    }

    @Test
    void filtersNarrowTheResults() {
        assertThat(names(search("tenant=delft&category=language-cafe&openOn=saturday")))
                .containsExactlyInAnyOrder("Koffie & Taal", "Taalcafé DOK");
        assertThat(names(search("free=false&pageSize=50")))
                .containsExactlyInAnyOrder("Wereldrestaurant", "Eettafel Samen Koken", "Samen eten", "Extra taallessen");
        assertThat(names(search("tenant=delft&district=BINNENSTAD&category=language-cafe")))
                .containsExactlyInAnyOrder("Koffie & Taal", "Taalcafé op dinsdagavond", "Taalcafé op woensdagochtend",
                        "Taalcafé DOK");
        // a broader term finds the services filed under its narrower terms
        assertThat(names(search("tenant=leiden&category=language&pageSize=50")))
                .contains("Taalgroep Nederlands", "Zaterdaggesprek", "Online taalmaatje");

        JsonNode arabic = search("language=ar&pageSize=50");
        assertThat(arabic.get("services").size()).isPositive();
        arabic.get("services").forEach(service ->
                assertThat(service.get("languages").toString()).contains("\"ar\""));

        JsonNode young = search("targetGroup=young-people&pageSize=50");
        young.get("services").forEach(service ->
                assertThat(service.get("targetGroups").toString()).contains("young-people"));
    }

    @Test
    void onlyActiveServicesUnlessAskedOtherwise() {
        assertThat(names(search("q=koken&tenant=haarlem"))).doesNotContain("Samen koken");
        assertThat(names(search("q=koken&tenant=haarlem&status=any"))).contains("Samen koken");
        assertThat(names(search("tenant=haarlem&status=temporarily closed"))).containsExactly("Samen koken");
    }

    @Test
    void pagingIsBoundedAndCountsEveryMatch() {
        JsonNode first = search("tenant=delft&page=1&pageSize=5");
        JsonNode second = search("tenant=delft&page=2&pageSize=5");

        assertThat(first.get("page").get("totalElements").asLong()).isGreaterThan(10);
        assertThat(first.get("page").get("totalPages").asLong())
                .isEqualTo((first.get("page").get("totalElements").asLong() + 4) / 5);
        assertThat(names(first)).hasSize(5).doesNotContainAnyElementsOf(names(second));
    }

    @Test
    void acceptLanguagePicksTheTranslationAndFallsBackToDutch() {
        JsonNode inArabic = api.client().get().uri(SEARCH + "?q=taalcafe&tenant=delft&district=binnenstad")
                .header("Accept-Language", "ar, en;q=0.5").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Language", "ar")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode dok = find(inArabic, "Taalcafé DOK");
        assertThat(dok.get("name").asString()).isEqualTo(dok.get("translations").get("name").get("ar").asString())
                .isNotEqualTo("Taalcafé DOK");

        JsonNode inFarsi = api.client().get().uri(SEARCH + "?q=taalcafe&tenant=delft&district=binnenstad")
                .header("Accept-Language", "fa").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(names(inFarsi)).contains("Taalcafé DOK");

        JsonNode inEnglish = api.client().get().uri(SEARCH + "?q=taalcafe&tenant=delft&district=binnenstad")
                .header("Accept-Language", "en-GB").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Language", "en")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(names(inEnglish)).allSatisfy(name -> assertThat(name).doesNotContain("Taalcafé op"));
    }

    private static JsonNode find(JsonNode page, String dutchName) {
        for (JsonNode service : page.get("services")) {
            if (dutchName.equals(service.get("translations").get("name").get("nl").asString())) {
                return service;
            }
        }
        throw new AssertionError("No service named " + dutchName + " in " + page);
    }

    @Test
    void publicReadsCarryAnEtagAndAnswer304WhenUnchanged() {
        String id = search("q=taalcafe&tenant=delft").get("services").get(0).get("id").asString();
        EntityExchangeResult<byte[]> first = api.client().get().uri(SEARCH + "/" + id).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "max-age=60, public")
                .expectBody().returnResult();
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();

        api.client().get().uri(SEARCH + "/" + id).header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();
        // another language is another representation
        api.client().get().uri(SEARCH + "/" + id).header("If-None-Match", etag).header("Accept-Language", "en")
                .exchange().expectStatus().isOk();
        // a signed-in reader may see drafts: never cached for others
        api.client().get().uri(SEARCH + "/" + id).headers(h -> h.setBearerAuth(TestIssuer.get().municipalityCoordinator("delft")))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-cache, private");
        api.client().get().uri(SEARCH + "?q=taal").exchange().expectStatus().isOk().expectHeader().exists("ETag");
    }

    @Test
    void badInputGetsAProblemNamingTheParameter() {
        expectInvalid("category=flower-arranging", "category");
        expectInvalid("targetGroup=aliens", "targetGroup");
        expectInvalid("latitude=95&longitude=4.3", "latitude");
        expectInvalid("latitude=52.0", "longitude");
        expectInvalid("latitude=52.0&longitude=4.3&radiusKm=1000", "radiusKm");
        expectInvalid("latitude=abc&longitude=4.3", "latitude");
        expectInvalid("pageSize=500", "pageSize");
        expectInvalid("page=0", "page");
        expectInvalid("openOn=funday", "openOn");
        expectInvalid("tenant=atlantis", "tenant");
        expectInvalid("status=closed", "status");
        api.client().get().uri(SEARCH + "/" + java.util.UUID.randomUUID()).exchange()
                .expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void expectInvalid(String query, String parameter) {
        api.client().get().uri(SEARCH + "?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.invalidParams[?(@.name == '" + parameter + "')]").exists();
    }

    @Test
    void insightsShowTheMunicipalityItsCoverageGapsOverlapsAndStaleEntries() {
        JsonNode insights = api.client().get().uri(DirectoryApi.BASE + "/insights")
                .headers(h -> h.setBearerAuth(TestIssuer.get().municipalityCoordinator("delft")))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(insights.get("tenant").asString()).isEqualTo("delft");
        assertThat(insights.get("overlaps").toString()).contains("language-cafe").contains("Binnenstad");
        assertThat(insights.get("gaps").toString()).contains("legal-guidance").doesNotContain("\"language-cafe\"");
        assertThat(insights.get("stale").size()).isGreaterThanOrEqualTo(4);
        assertThat(insights.get("totals").get("organizations").asInt()).isEqualTo(11);
        JsonNode cafes = null;
        for (JsonNode category : insights.get("categories")) {
            if ("language-cafe".equals(category.get("category").get("code").asString())) {
                cafes = category;
            }
        }
        assertThat(cafes).isNotNull();
        assertThat(cafes.get("activeServices").asInt()).isEqualTo(5);
        assertThat(cafes.get("category").get("label").asString()).isEqualTo("Taalcafé");
        // nothing of another tenant
        assertThat(insights.toString()).doesNotContain("Schalkwijk");

        JsonNode stale = api.client().get().uri(DirectoryApi.BASE + "/stale-services")
                .headers(h -> h.setBearerAuth(TestIssuer.get().municipalityCoordinator("delft")))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stale.get("services").size()).isEqualTo(insights.get("stale").size());
        stale.get("services").forEach(service -> assertThat(service.get("periodsOverdue").asInt()).isPositive());
    }
}
