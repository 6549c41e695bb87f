package nl.onderop.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped vocabularies and demo content: complete, consistent with each other, in the right cities,
 * and unmistakably demo. Plain file checks, no application context.
 */
class DemoContentTests {

    private static JsonNode taxonomy;
    private static JsonNode demo;

    @BeforeAll
    static void read() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream t = new ClassPathResource("taxonomy/onderop-taxonomies.json").getInputStream();
             InputStream d = new ClassPathResource(DemoDirectory.FILE).getInputStream()) {
            taxonomy = json.readTree(t);
            demo = json.readTree(d);
        }
    }

    private static Set<String> codes(String taxonomyCode) {
        Set<String> codes = new HashSet<>();
        taxonomy.get("terms").forEach(term -> {
            if (term.get("taxonomy").asString().equals(taxonomyCode)) {
                codes.add(term.get("code").asString());
            }
        });
        return codes;
    }

    @Test
    void theActivityTaxonomyCoversWhatTheFieldReportLists() {
        assertThat(codes("onderop-activities")).contains("language-buddy", "extra-language-lessons", "language-cafe",
                "buddy", "cooking-project", "newcomer-restaurant", "womens-cafe", "youth-cafe", "cultural-event",
                "summer-school", "childrens-activities", "art-project", "sports", "sports-club-introduction",
                "business-mentoring", "job-application-help", "volunteer-work-brokerage", "social-enterprise",
                "knowledge-cafe", "collection-drive", "work-experience-placement", "internship",
                "pupil-and-parent-support", "bureaucracy-explained", "legal-guidance", "social-guidance");
        assertThat(codes("onderop-target-groups")).contains("newcomers", "non-native-speakers", "low-literate-adults",
                "young-people", "women", "parents", "job-seekers");
        taxonomy.get("terms").forEach(term -> {
            assertThat(term.get("labels").has("nl")).as(term.get("code").asString()).isTrue();
            assertThat(term.get("labels").has("en")).as(term.get("code").asString()).isTrue();
        });
        taxonomy.get("taxonomies").forEach(t -> assertThat(t.get("version").asString()).isNotBlank());
    }

    @Test
    void everyCityHasTheOrganisationsOfTheContributorListWithOneToFourServices() {
        Map<String, List<String>> expected = Map.of(
                "haarlem", List.of("Wereldkeuken", "Hotel de Koepel", "Stem in de Stad", "Thuis in Haarlem", "Gemeente Haarlem"),
                "leiden", List.of("Ekklesia Taalgroep", "We Are Leiden", "Gemeente Leiden"),
                "delft", List.of("Delftse Buur", "DelftMama", "Engineers for Refugees", "Taalhuis DOK", "Gemeente Delft"));
        Map<String, List<String>> names = Map.of("haarlem", new ArrayList<>(), "leiden", new ArrayList<>(),
                "delft", new ArrayList<>());
        demo.get("organizations").forEach(organization -> {
            names.get(organization.get("tenant").asString()).add(organization.get("name").asString());
            assertThat(organization.get("services").size()).as(organization.get("slug").asString()).isBetween(1, 4);
        });
        expected.forEach((tenant, organizations) -> assertThat(names.get(tenant)).containsAll(organizations));
    }

    @Test
    void servicesAreMarkedDemoUseKnownTermsAndLieInTheirCity() {
        Set<String> activities = codes("onderop-activities");
        Set<String> groups = codes("onderop-target-groups");
        Map<String, double[]> cities = Map.of("haarlem", new double[] {52.33, 52.42, 4.58, 4.69},
                "leiden", new double[] {52.12, 52.19, 4.44, 4.54}, "delft", new double[] {51.97, 52.04, 4.32, 4.40});
        int translated = 0;
        for (JsonNode organization : demo.get("organizations")) {
            double[] box = cities.get(organization.get("tenant").asString());
            for (JsonNode service : organization.get("services")) {
                String name = service.get("name").get("nl").asString();
                assertThat(service.get("name").has("en")).as(name).isTrue();
                assertThat(service.get("description").get("nl").asString()).as(name).startsWith("[demo]");
                service.get("categories").forEach(c -> assertThat(activities).as(name).contains(c.asString()));
                service.get("targetGroups").forEach(g -> assertThat(groups).as(name).contains(g.asString()));
                for (JsonNode location : service.get("locations")) {
                    if (location.has("latitude") && !location.get("latitude").isNull()) {
                        assertThat(location.get("latitude").asDouble()).as(name).isBetween(box[0], box[1]);
                        assertThat(location.get("longitude").asDouble()).as(name).isBetween(box[2], box[3]);
                        assertThat(location.get("district").asString()).as(name).isNotBlank();
                    }
                }
                if (service.get("name").has("ar") || service.get("name").has("ti")) {
                    translated++;
                }
            }
        }
        assertThat(translated).isGreaterThanOrEqualTo(8);
    }

    @Test
    void noRealContactDetails() {
        String text = demo.toString();
        assertThat(text).doesNotContainPattern("@(?!([a-z0-9-]+\\.)?[a-z0-9-]+\\.example\")[a-z0-9-]+\\.(nl|com|org)\"");
        demo.get("organizations").forEach(organization -> {
            if (organization.has("email") && !organization.get("email").isNull()) {
                assertThat(organization.get("email").asString()).endsWith(".example");
            }
        });
    }
}
