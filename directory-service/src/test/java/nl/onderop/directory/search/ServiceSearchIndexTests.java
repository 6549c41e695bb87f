package nl.onderop.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.onderop.directory.search.SearchHits.Hit;

class ServiceSearchIndexTests {

    private static final GeoPoint DELFT_MARKT = new GeoPoint(52.0116, 4.3571);
    private static final GeoPoint LEIDEN_STATION = new GeoPoint(52.1664, 4.4817);
    private static final GeoPoint HAARLEM_GROTE_MARKT = new GeoPoint(52.3812, 4.6365);

    /** The mean earth radius Lucene measures distances with. */
    private static final double EARTH_RADIUS_KM = 6371.0087714;

    private final ServiceSearchIndex index = new ServiceSearchIndex();

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Nested
    class Text {

        @Test
        void theStartOfAWordFindsCompoundsAndAccentedNames() {
            index.upsert(service("taalmaatje").name("Taalmaatje").build());
            index.upsert(service("taalcafe").name("Taalcafé De Sleutel").build());
            index.upsert(service("fietsles").name("Fietsles voor vrouwen").build());

            assertThat(ids(text("taal"))).containsExactlyInAnyOrder("taalmaatje", "taalcafe");
        }

        @Test
        void accentsAndCaseDoNotMatter() {
            index.upsert(service("taalcafe").name("Taalcafé De Sleutel").build());
            index.upsert(service("samen").name("Cafe Samen").build());
            index.upsert(service("kookclub").name("Kookclub").build());

            assertThat(ids(text("taalcafe"))).containsExactly("taalcafe");
            assertThat(ids(text("TAALCAFÉ"))).containsExactly("taalcafe");
            // the exact word first, then the compound that ends in it
            assertThat(ids(text("CAFÉ"))).containsExactly("samen", "taalcafe");
        }

        @Test
        void dutchPluralsAndDiminutivesFindTheirWord() {
            index.upsert(service("taalmaatje").name("Taalmaatje").build());
            index.upsert(service("maatje").name("Maatje voor statushouders").build());
            index.upsert(service("maatschappelijk").name("Maatschappelijk werk").build());

            assertThat(ids(text("maatjes"))).containsExactlyInAnyOrder("taalmaatje", "maatje");
        }

        @Test
        void lessenFindsLessonsAlsoAtTheEndOfACompound() {
            index.upsert(service("les").name("Les Nederlands").build());
            index.upsert(service("taallessen").name("Taallessen voor vrouwen").build());
            index.upsert(service("zwemles").name("Zwemles").build());
            index.upsert(service("alles").name("Alles over fietsen").build());

            assertThat(ids(text("lessen"))).containsExactlyInAnyOrder("les", "taallessen", "zwemles");
        }

        @Test
        void theLastPartOfACompoundFindsTheCompound() {
            index.upsert(service("huiswerk").name("Huiswerkbegeleiding").description("nl", "Hulp bij huiswerk").build());
            index.upsert(service("vrijwilligers").name("Vrijwilligerswerk").build());
            index.upsert(service("kookclub").name("Kookclub").build());

            assertThat(ids(text("werk"))).containsExactlyInAnyOrder("huiswerk", "vrijwilligers");
        }

        @Test
        void anExactWordInTheNameRanksAbovePrefixDescriptionAndExtraText() {
            index.upsert(service("description").name("Buurtcentrum De Kroon")
                    .description("nl", "Elke week taal oefenen").build());
            index.upsert(service("exact").name("Taal op straat").description("nl", "Samen wandelen").build());
            index.upsert(service("prefix").name("Taalcafé").build());
            index.upsert(service("extra").name("Inloopspreekuur").extra("Taal en inburgering").build());
            index.upsert(service("nothing").name("Zwemles").build());

            assertThat(ids(text("taal"))).containsExactly("exact", "prefix", "description", "extra");
        }

        @Test
        void aServiceMatchingMoreWordsRanksFirstAndOneWordIsEnoughToBeFound() {
            index.upsert(service("one-word-in-name").name("Taalcafé").build());
            index.upsert(service("both-in-description").name("Kookclub")
                    .description("nl", "Samen koken en taal oefenen").build());
            index.upsert(service("neither").name("Zwemles").build());

            SearchHits hits = index.search(text("taal koken"));

            assertThat(hits.hits()).extracting(Hit::id).containsExactly("both-in-description", "one-word-in-name");
            assertThat(hits.totalHits()).isEqualTo(2);
            assertThat(hits.hits().get(0).score()).isGreaterThan(hits.hits().get(1).score());
        }

        @Test
        void stopWordsInTheQueryDoNotMatchEverything() {
            index.upsert(service("taal").name("Taalcafé").description("nl", "Hulp bij de taal").build());
            index.upsert(service("koken").name("Kookclub").description("nl", "Hulp bij de boodschappen").build());

            assertThat(ids(text("hulp bij de taal"))).first().isEqualTo("taal");
            assertThat(ids(text("bij de"))).containsExactlyInAnyOrder("taal", "koken");
        }

        @Test
        void textInOtherLanguagesIsSearchable() {
            index.upsert(service("taalcafe").name("Taalcafé")
                    .name("en", "Language café")
                    .name("ar", "مقهى اللغة")
                    .description("ti", "ቋንቋ ምምሃር")
                    .build());
            index.upsert(service("kookclub").name("Kookclub").name("en", "Cooking club").build());

            assertThat(ids(text("language"))).containsExactly("taalcafe");
            assertThat(ids(text("اللغة"))).containsExactly("taalcafe");
            assertThat(ids(text("ቋንቋ"))).containsExactly("taalcafe");
        }

        @Test
        void textWithoutWordsIsNoTextCriterion() {
            index.upsert(service("b").name("Zwemles").build());
            index.upsert(service("a").name("Kookclub").build());

            assertThat(ids(text("?!"))).containsExactly("a", "b");
        }
    }

    @Nested
    class Filters {

        @Test
        void tenant() {
            indexFilterFixture();
            assertThat(ids(query().tenant("leiden"))).containsExactly("leiden-zwemmen");
        }

        @Test
        void categoryIncludingAncestors() {
            indexFilterFixture();
            assertThat(ids(query().category("taal"))).containsExactly("delft-taalcafe", "delft-taalmaatje");
            assertThat(ids(query().category("taal.cafe"))).containsExactly("delft-taalcafe");
        }

        @Test
        void targetGroup() {
            indexFilterFixture();
            assertThat(ids(query().targetGroup("vrouwen"))).containsExactly("leiden-zwemmen");
        }

        @Test
        void language() {
            indexFilterFixture();
            assertThat(ids(query().language("ar"))).containsExactly("delft-taalcafe");
            assertThat(ids(query().language("EN"))).containsExactly("delft-taalcafe", "delft-taalmaatje");
        }

        @Test
        void districtWithoutCase() {
            indexFilterFixture();
            assertThat(ids(query().district("hof van delft"))).containsExactly("delft-taalmaatje");
            assertThat(ids(query().district("BINNENSTAD"))).containsExactly("delft-taalcafe");
        }

        @Test
        void free() {
            indexFilterFixture();
            assertThat(ids(query().free(true))).containsExactly("delft-taalcafe", "leiden-zwemmen");
            assertThat(ids(query().free(false))).containsExactly("delft-taalmaatje");
        }

        @Test
        void openOn() {
            indexFilterFixture();
            assertThat(ids(query().openOn(DayOfWeek.SATURDAY))).containsExactly("leiden-zwemmen");
            assertThat(ids(query().openOn(DayOfWeek.MONDAY))).containsExactly("delft-taalcafe", "delft-taalmaatje");
            assertThat(ids(query().openOn(DayOfWeek.SUNDAY))).isEmpty();
        }

        @Test
        void statuses() {
            indexFilterFixture();
            assertThat(ids(query().statuses("temporarily closed"))).containsExactly("delft-taalmaatje");
            assertThat(ids(query().statuses("active", "defunct"))).containsExactly("delft-taalcafe", "leiden-zwemmen");
        }

        @Test
        void filtersCombineWithEachOtherAndWithText() {
            indexFilterFixture();
            assertThat(ids(query().tenant("delft").free(true).openOn(DayOfWeek.MONDAY)))
                    .containsExactly("delft-taalcafe");
            assertThat(ids(query().text("taal").tenant("delft").district("Hof van Delft")))
                    .containsExactly("delft-taalmaatje");
            assertThat(ids(query().text("taal").tenant("leiden"))).isEmpty();
        }

        private void indexFilterFixture() {
            index.upsert(service("delft-taalcafe").tenant("delft").name("Taalcafé")
                    .categories("taal", "taal.cafe").targetGroups("volwassenen").languages("nl", "en", "ar")
                    .districts("Binnenstad").free(true).openOn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)
                    .status("active").build());
            index.upsert(service("delft-taalmaatje").tenant("delft").name("Taalmaatje")
                    .categories("taal", "taal.maatje").targetGroups("volwassenen").languages("nl", "en")
                    .districts("Hof van Delft").free(false).openOn(DayOfWeek.MONDAY)
                    .status("temporarily closed").build());
            index.upsert(service("leiden-zwemmen").tenant("leiden").name("Zwemles")
                    .categories("sport").targetGroups("vrouwen").languages("nl")
                    .districts("Stationsdistrict").free(true).openOn(DayOfWeek.SATURDAY)
                    .status("active").build());
        }
    }

    @Nested
    class Proximity {

        @Test
        void aRadiusLeavesOutFarServicesAndTheClosestComesFirst() {
            index.upsert(service("haarlem").name("Wereldkeuken").points(HAARLEM_GROTE_MARKT).build());
            index.upsert(service("leiden").name("Taalgroep Ekklesia").points(LEIDEN_STATION).build());
            index.upsert(service("delft").name("Taalhuis DOK").points(DELFT_MARKT).build());
            index.upsert(service("online").name("Online taalles").build());

            SearchHits hits = index.search(query().near(DELFT_MARKT, 25).build());

            assertThat(hits.hits()).extracting(Hit::id).containsExactly("delft", "leiden");
            assertThat(hits.totalHits()).isEqualTo(2);
            assertThat(hits.hits().get(0).distanceKm()).isCloseTo(0.0, within(0.001));
            assertThat(hits.hits().get(1).distanceKm())
                    .isCloseTo(haversineKm(DELFT_MARKT, LEIDEN_STATION), within(0.001))
                    .isBetween(15.0, 25.0);
        }

        @Test
        void aServiceWithTwoLocationsIsAsFarAsItsClosestLocation() {
            index.upsert(service("two-places").name("Vluchtelingenwerk").points(HAARLEM_GROTE_MARKT, LEIDEN_STATION)
                    .build());
            index.upsert(service("delft").name("Taalhuis DOK").points(DELFT_MARKT).build());

            SearchHits nearDelft = index.search(query().near(DELFT_MARKT, 30).build());
            SearchHits nearHaarlem = index.search(query().near(HAARLEM_GROTE_MARKT, 5).build());

            assertThat(nearDelft.hits()).extracting(Hit::id).containsExactly("delft", "two-places");
            assertThat(nearDelft.hits().get(1).distanceKm())
                    .isCloseTo(haversineKm(DELFT_MARKT, LEIDEN_STATION), within(0.001));
            assertThat(nearHaarlem.hits()).extracting(Hit::id).containsExactly("two-places");
            assertThat(nearHaarlem.hits().get(0).distanceKm()).isCloseTo(0.0, within(0.001));
        }

        @Test
        void withTextTheTextFiltersAndDistanceStillOrders() {
            index.upsert(service("leiden-taal").name("Taalgroep Ekklesia").points(LEIDEN_STATION).build());
            index.upsert(service("delft-taal").name("Taalhuis").points(DELFT_MARKT).build());
            index.upsert(service("delft-koken").name("Kookclub").points(DELFT_MARKT).build());

            SearchHits hits = index.search(query().text("taal").near(DELFT_MARKT, 50).build());

            assertThat(hits.hits()).extracting(Hit::id).containsExactly("delft-taal", "leiden-taal");
            assertThat(hits.hits()).allSatisfy(hit -> assertThat(hit.score()).isPositive());
        }

        @Test
        void withoutNearThereIsNoDistance() {
            index.upsert(service("delft").name("Taalhuis").points(DELFT_MARKT).build());

            assertThat(index.search(text("taalhuis")).hits()).extracting(Hit::distanceKm).containsExactly((Double) null);
        }
    }

    @Nested
    class OrderAndPaging {

        @Test
        void withoutTextServicesAreOrderedByDutchNameIgnoringCaseAndAccents() {
            index.upsert(service("z").name("zwemles").build());
            index.upsert(service("e").name("Émigrés welkom").build());
            index.upsert(service("a").name("Aan tafel").name("en", "Zzz at the table").build());
            index.upsert(service("english-only").names(Map.of("en", "Bicycle repair")).build());
            index.upsert(service("f").name("fietsen").build());

            assertThat(ids(query())).containsExactly("a", "english-only", "e", "f", "z");
        }

        @Test
        void pagesAreStableAndTheTotalIsExact() {
            List<SearchDocument> services = IntStream.range(0, 25)
                    .mapToObj(i -> service(String.format("s%02d", i)).name("Taalcafé " + (char) ('a' + i % 5)).build())
                    .toList();
            index.replaceAll(services);

            List<String> byName = new ArrayList<>();
            List<String> byText = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                SearchHits namePage = index.search(query().page(page, 10).build());
                SearchHits textPage = index.search(query().text("taalcafe").page(page, 10).build());
                assertThat(namePage.totalHits()).isEqualTo(25);
                assertThat(textPage.totalHits()).isEqualTo(25);
                namePage.hits().forEach(hit -> byName.add(hit.id()));
                textPage.hits().forEach(hit -> byText.add(hit.id()));
            }

            List<String> expectedByName = services.stream()
                    .sorted(Comparator.comparing((SearchDocument s) -> s.names().get("nl")).thenComparing(SearchDocument::id))
                    .map(SearchDocument::id).toList();
            assertThat(byName).containsExactlyElementsOf(expectedByName);
            // every service matches equally well, so the id decides
            assertThat(byText).containsExactlyElementsOf(services.stream().map(SearchDocument::id).sorted().toList());
            assertThat(index.search(query().page(4, 10).build()).hits()).isEmpty();
            assertThat(index.search(query().page(4, 10).build()).totalHits()).isEqualTo(25);
        }

        @Test
        void theTotalCountsEveryMatchNotJustTheFirstThousand() {
            index.replaceAll(IntStream.range(0, 2500)
                    .mapToObj(i -> service("s" + i).name("Taalcafé " + i).build()).toList());

            SearchHits hits = index.search(query().text("taal").page(2, 7).build());

            assertThat(hits.totalHits()).isEqualTo(2500);
            assertThat(hits.hits()).hasSize(7);
        }
    }

    @Nested
    class Writes {

        @Test
        void upsertReplacesTheServiceWithTheSameId() {
            index.upsert(service("s1").name("Taalcafé").build());
            index.upsert(service("s1").name("Fietsenwerkplaats").build());

            assertThat(ids(text("taalcafe"))).isEmpty();
            assertThat(ids(text("fiets"))).containsExactly("s1");
            assertThat(index.size()).isEqualTo(1);
        }

        @Test
        void removeTakesTheServiceOut() {
            index.upsert(service("s1").name("Taalcafé").build());
            index.upsert(service("s2").name("Taalmaatje").build());

            index.remove("s1");
            index.remove("unknown");

            assertThat(ids(text("taal"))).containsExactly("s2");
            assertThat(index.size()).isEqualTo(1);
        }

        @Test
        void replaceAllDropsWhatWasThere() {
            index.upsert(service("old").name("Taalcafé").build());

            index.replaceAll(List.of(service("new1").name("Kookclub").build(),
                    service("new2").name("Zwemles").build(),
                    service("new2").name("Zwemles voor vrouwen").build()));

            assertThat(index.size()).isEqualTo(2);
            assertThat(ids(query())).containsExactly("new1", "new2");
            assertThat(ids(text("vrouwen"))).containsExactly("new2");
        }

        @Test
        void searchesRunWhileServicesAreWritten() throws Exception {
            index.replaceAll(IntStream.range(0, 100)
                    .mapToObj(i -> service("initial-" + i).name("Taalcafé " + i).points(DELFT_MARKT).build())
                    .toList());
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> searches = new ArrayList<>();
                for (int reader = 0; reader < 4; reader++) {
                    searches.add(readers.submit(() -> {
                        int done = 0;
                        while (writing.get() || done == 0) {
                            SearchHits hits = index.search(query().text("taalcafe").near(DELFT_MARKT, 30).build());
                            assertThat(hits.totalHits()).isBetween(100L, 200L);
                            assertThat(hits.hits()).hasSize(20);
                            done++;
                        }
                        return done;
                    }));
                }
                for (int i = 0; i < 100; i++) {
                    index.upsert(service("added-" + i).name("Taalcafé nieuw " + i).points(LEIDEN_STATION).build());
                    index.upsert(service("initial-" + i).name("Taalcafé bijgewerkt " + i).points(DELFT_MARKT)
                            .build());
                }
                writing.set(false);
                for (Future<Integer> search : searches) {
                    assertThat(search.get(60, TimeUnit.SECONDS)).isPositive();
                }
            } finally {
                readers.shutdownNow();
            }

            assertThat(index.size()).isEqualTo(200);
            assertThat(index.search(query().text("taalcafe").build()).totalHits()).isEqualTo(200);
            assertThat(index.search(query().text("bijgewerkt").build()).totalHits()).isEqualTo(100);
        }
    }

    @Test
    void tenThousandServicesAnswerTextCategoryAndNearTogether() {
        Random random = new Random(20_240_601);
        List<SearchDocument> services = new ArrayList<>();
        String[] otherNames = {"Fietsenwerkplaats", "Huiswerkklas", "Kookclub", "Zwemles"};
        for (int i = 0; i < 10_000; i++) {
            String name = i % 5 == 0 ? "Taalcafé " + i : otherNames[i % otherNames.length] + " " + i;
            GeoPoint[] points = IntStream.range(0, 1 + random.nextInt(2))
                    .mapToObj(p -> new GeoPoint(51.9 + random.nextDouble() * 0.6, 4.2 + random.nextDouble() * 0.6))
                    .toArray(GeoPoint[]::new);
            services.add(service(String.format("svc-%05d", i)).name(name)
                    .description("nl", "Een plek om samen te zijn, nummer " + i)
                    .categories(i % 3 == 0 ? new String[] {"taal", "taal.cafe"} : new String[] {"sport"})
                    .points(points).build());
        }
        index.replaceAll(services);

        SearchHits hits = index.search(query().text("taalcafe").category("taal").near(LEIDEN_STATION, 5)
                .page(1, 100).build());

        List<Map.Entry<String, Double>> expected = services.stream()
                .filter(s -> s.names().get("nl").startsWith("Taalcafé") && s.categories().contains("taal"))
                .map(s -> Map.entry(s.id(), s.points().stream()
                        .map(p -> haversineKm(LEIDEN_STATION, p)).min(Double::compare).orElseThrow()))
                .filter(e -> e.getValue() <= 5.0)
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        assertThat(index.size()).isEqualTo(10_000);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(hits.totalHits()).isEqualTo(expected.size());
        assertThat(hits.hits()).extracting(Hit::id).containsExactlyElementsOf(expected.stream().map(Map.Entry::getKey).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(hits.hits().get(i).distanceKm()).isCloseTo(expected.get(i).getValue(), within(0.001));
        }
    }

    @Test
    void impossibleValuesAreRejected() {
        assertThatThrownBy(() -> query().page(0, 10).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query().page(1, 0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchQuery.Near(90.5, 4.0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchQuery.Near(52.0, -180.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchQuery.Near(52.0, 4.0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchQuery.Near(Double.NaN, 4.0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(-91, 4.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(52.0, 181)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(Hit::id).toList();
    }

    private List<String> ids(QueryBuilder query) {
        return ids(query.build());
    }

    private static SearchQuery text(String text) {
        return query().text(text).build();
    }

    private static QueryBuilder query() {
        return new QueryBuilder();
    }

    private static ServiceBuilder service(String id) {
        return new ServiceBuilder(id);
    }

    private static double haversineKm(GeoPoint from, GeoPoint to) {
        double dLat = Math.toRadians(to.latitude() - from.latitude());
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(from.latitude()))
                * Math.cos(Math.toRadians(to.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    private static final class ServiceBuilder {

        private final String id;
        private String tenant = "delft";
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, String> descriptions = new LinkedHashMap<>();
        private final List<String> extraText = new ArrayList<>();
        private Set<String> categories = Set.of();
        private Set<String> targetGroups = Set.of();
        private Set<String> languages = Set.of("nl");
        private Set<String> districts = Set.of();
        private boolean free;
        private Set<DayOfWeek> openOn = Set.of();
        private List<GeoPoint> points = List.of();
        private String status = "active";

        ServiceBuilder(String id) {
            this.id = id;
        }

        ServiceBuilder tenant(String value) {
            tenant = value;
            return this;
        }

        ServiceBuilder name(String dutchName) {
            return name("nl", dutchName);
        }

        ServiceBuilder name(String language, String name) {
            names.put(language, name);
            return this;
        }

        ServiceBuilder names(Map<String, String> value) {
            names.clear();
            names.putAll(value);
            return this;
        }

        ServiceBuilder description(String language, String description) {
            descriptions.put(language, description);
            return this;
        }

        ServiceBuilder extra(String text) {
            extraText.add(text);
            return this;
        }

        ServiceBuilder categories(String... values) {
            categories = Set.of(values);
            return this;
        }

        ServiceBuilder targetGroups(String... values) {
            targetGroups = Set.of(values);
            return this;
        }

        ServiceBuilder languages(String... values) {
            languages = Set.of(values);
            return this;
        }

        ServiceBuilder districts(String... values) {
            districts = Set.of(values);
            return this;
        }

        ServiceBuilder free(boolean value) {
            free = value;
            return this;
        }

        ServiceBuilder openOn(DayOfWeek... days) {
            openOn = Set.of(days);
            return this;
        }

        ServiceBuilder points(GeoPoint... values) {
            points = List.of(values);
            return this;
        }

        ServiceBuilder status(String value) {
            status = value;
            return this;
        }

        SearchDocument build() {
            return new SearchDocument(id, tenant, "org-" + id, names, descriptions, extraText, categories,
                    targetGroups, languages, districts, free, openOn, points, status);
        }
    }

    private static final class QueryBuilder {

        private String text;
        private String tenant;
        private String category;
        private String targetGroup;
        private String language;
        private String district;
        private Boolean free;
        private DayOfWeek openOn;
        private SearchQuery.Near near;
        private Set<String> statuses = Set.of();
        private int page = 1;
        private int pageSize = 20;

        QueryBuilder text(String value) {
            text = value;
            return this;
        }

        QueryBuilder tenant(String value) {
            tenant = value;
            return this;
        }

        QueryBuilder category(String value) {
            category = value;
            return this;
        }

        QueryBuilder targetGroup(String value) {
            targetGroup = value;
            return this;
        }

        QueryBuilder language(String value) {
            language = value;
            return this;
        }

        QueryBuilder district(String value) {
            district = value;
            return this;
        }

        QueryBuilder free(boolean value) {
            free = value;
            return this;
        }

        QueryBuilder openOn(DayOfWeek value) {
            openOn = value;
            return this;
        }

        QueryBuilder near(GeoPoint point, double radiusKm) {
            near = new SearchQuery.Near(point.latitude(), point.longitude(), radiusKm);
            return this;
        }

        QueryBuilder statuses(String... values) {
            statuses = Set.of(values);
            return this;
        }

        QueryBuilder page(int number, int size) {
            page = number;
            pageSize = size;
            return this;
        }

        SearchQuery build() {
            return new SearchQuery(text, tenant, category, targetGroup, language, district, free, openOn, near,
                    statuses, page, pageSize);
        }
    }
}
