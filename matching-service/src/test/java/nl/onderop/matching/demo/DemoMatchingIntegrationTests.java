package nl.onderop.matching.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import nl.onderop.matching.MatchingApi;
import nl.onderop.matching.VolunteerEventsFeed;
import nl.onderop.matching.match.application.MatchRepository;
import nl.onderop.matching.match.domain.EndReason;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/**
 * The demo on real parts: the volunteer service's own demo volunteers arrive as events, and the demo loader
 * registers the invented newcomers, runs the real engine and moves matches through every state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onderop.demo-data.enabled=true", "onderop.matching.demo.expected-candidates=102",
        "onderop.matching.demo.expected-services=3"})
class DemoMatchingIntegrationTests {

    static final Path VOLUNTEER_DEMO = Path.of("../volunteer-service/src/main/resources/demo/volunteers-demo.json");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "matching-demo-tests");
    }

    @LocalServerPort
    int port;

    @Autowired
    MatchRepository matches;

    @Autowired
    NewcomerRepository newcomers;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void everyTenantGetsFortyNewcomersAndMatchesInEveryStateFromTheDemoVolunteers() throws Exception {
        List<VolunteerEventsFeed.Event> events = new ArrayList<>();
        for (JsonNode volunteer : MatchingApi.json(Files.readString(VOLUNTEER_DEMO, StandardCharsets.UTF_8))
                .get("volunteers")) {
            events.add(event(volunteer));
        }
        VolunteerEventsFeed.publishAll(events);
        List<VolunteerEventsFeed.Event> services = new ArrayList<>();
        for (String organization : organisationsOf("haarlem")) {
            String serviceId = UUID.nameUUIDFromBytes(("demo-service:" + organization).getBytes(StandardCharsets.UTF_8)).toString();
            services.add(new VolunteerEventsFeed.Event("nl.onderop.directory.service.published.v1", "haarlem", serviceId,
                    Map.of("serviceId", serviceId, "tenant", "haarlem", "organizationId", "id-" + organization,
                            "organizationSlug", organization, "name", "Taalcafé van " + organization, "status", "active",
                            "publication", "published", "version", 1)));
        }
        VolunteerEventsFeed.publishAll("onderop.directory.events", services);

        MatchingApi.await("the demo loader to finish", Duration.ofMinutes(3), () -> Boolean.TRUE.equals(mongo.getCollection(DemoMatching.MARKERS)
                .flatMap(collection -> Mono.from(collection.find(new Document("_id", DemoMatching.MARKER)
                        .append("finishedAt", new Document("$exists", true))).first()))
                .hasElement().toFuture().join()));
        Document marker = mongo.getCollection(DemoMatching.MARKERS)
                .flatMap(collection -> Mono.from(collection.find(new Document("_id", DemoMatching.MARKER)).first()))
                .toFuture().join();
        assertThat(marker.getString("summary")).startsWith("126 newcomers, 9 matching runs, ").doesNotEndWith(", 0 referrals");
        for (String tenant : List.of("haarlem", "leiden", "delft")) {
            assertThat(states(tenant)).as("states in " + tenant).containsAll(EnumSet.allOf(MatchState.class));
            List<Match> all = matches.findByTenant(tenant).collectList().toFuture().join();
            Set<String> newcomerIds = all.stream().map(Match::newcomerId).collect(Collectors.toSet());
            long registered = newcomers.findByOrganization(tenant, organisationsOf(tenant).get(0), 0, 100).count().toFuture().join()
                    + newcomers.findByOrganization(tenant, organisationsOf(tenant).get(1), 0, 100).count().toFuture().join()
                    + newcomers.findByOrganization(tenant, organisationsOf(tenant).get(2), 0, 100).count().toFuture().join();
            assertThat(registered).as("newcomers in " + tenant).isGreaterThanOrEqualTo(40);
            assertThat(newcomerIds).as("matched newcomers in " + tenant).hasSizeGreaterThan(10);
            assertThat(all).allSatisfy(match -> assertThat(match.explanation().totalScore()).isPositive());
        }

        // referrals between the demo organisations of haarlem, some answered
        JsonNode outgoing = new MatchingApi(port).expect(200, HttpMethod.GET, "/referrals?direction=outgoing",
                TestIssuer.get().orgCoordinator("haarlem", "vluchtelingenwerk-nwh"), null);
        assertThat(outgoing.get("referrals")).isNotEmpty();
        // a completed demo match has goals, evaluations by coordinator and newcomer, and a T-score
        Match completed = matches.findByTenant("delft").filter(match -> match.state() == MatchState.ENDED
                && match.endReason() == EndReason.COMPLETED).next().toFuture().join();
        JsonNode evaluations = new MatchingApi(port).expect(200, HttpMethod.GET, "/matches/" + completed.id() + "/evaluations",
                TestIssuer.get().orgCoordinator("delft", completed.organization()), null);
        assertThat(evaluations.toString()).contains("intake", "interim", "end", "tScore");

        // the demo newcomer account of the dev realm finds its own profile and requests
        MatchingApi api = new MatchingApi(port);
        String newcomer = TestIssuer.get().token(DemoMatching.demoUserId("nieuwkomer.haarlem"), List.of("newcomer"),
                List.of("haarlem"), "vluchtelingenwerk-nwh");
        assertThat(api.expect(200, HttpMethod.GET, "/me/newcomer-profile", newcomer, null).get("organization").asString())
                .isEqualTo("vluchtelingenwerk-nwh");
        assertThat(api.expect(200, HttpMethod.GET, "/me/help-requests", newcomer, null).get("helpRequests")).isNotEmpty();
        JsonNode coordinatorView = api.expect(200, HttpMethod.GET, "/matches?state=active", TestIssuer.get()
                .orgCoordinator("delft", "taalhuis-dok"), null);
        assertThat(coordinatorView.get("matches")).isNotEmpty();
    }

    private Set<MatchState> states(String tenant) {
        return matches.findByTenant(tenant).map(Match::state).collect(Collectors.toSet()).toFuture().join();
    }

    private static List<String> organisationsOf(String tenant) {
        return switch (tenant) {
            case "haarlem" -> List.of("vluchtelingenwerk-nwh", "wereldkeuken", "haarlem-mozaiek");
            case "leiden" -> List.of("vluchtelingenwerk-leiden", "we-are-leiden", "ekklesia-taalgroep");
            default -> List.of("taalhuis-dok", "delftse-buur", "engineers-for-refugees");
        };
    }

    /** What the volunteer service publishes for one of its demo volunteers (same ids as its demo loader). */
    private static VolunteerEventsFeed.Event event(JsonNode volunteer) {
        String tenant = volunteer.get("tenant").asString();
        String id = UUID.nameUUIDFromBytes(("onderop-demo-volunteer:" + tenant + ":" + volunteer.get("email").asString())
                .getBytes(StandardCharsets.UTF_8)).toString();
        JsonNode account = volunteer.get("account");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("volunteerId", id);
        data.put("tenant", tenant);
        data.put("account", account == null || account.isNull() ? null : DemoMatching.demoUserId(account.asString()));
        data.put("organizations", list(volunteer.get("organizations")));
        data.put("status", volunteer.get("status").asString());
        data.put("languages", maps(volunteer.get("languages")));
        data.put("skills", list(volunteer.get("skills")));
        data.put("interests", list(volunteer.get("interests")));
        data.put("availability", maps(volunteer.get("availability")));
        data.put("district", volunteer.get("district").asString());
        data.put("maxConcurrentMatches", volunteer.get("maxConcurrentMatches").asInt());
        data.put("preferredActivities", list(volunteer.get("preferredActivities")));
        data.put("newcomer", volunteer.get("newcomer").asBoolean());
        data.put("inPool", volunteer.get("poolConsent").asBoolean() && "active".equals(volunteer.get("status").asString()));
        data.put("version", 1);
        return new VolunteerEventsFeed.Event("nl.onderop.volunteers.volunteer.registered.v1", tenant, id, data);
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<Map<String, Object>> maps(JsonNode array) {
        List<Map<String, Object>> values = new ArrayList<>();
        array.forEach(item -> {
            Map<String, Object> map = new LinkedHashMap<>();
            item.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
            values.add(map);
        });
        return values;
    }
}
