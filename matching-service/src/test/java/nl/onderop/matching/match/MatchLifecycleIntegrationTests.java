package nl.onderop.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import nl.onderop.matching.MatchingApi;
import nl.onderop.matching.VolunteerEventsFeed;
import nl.onderop.matching.candidate.application.CandidateRepository;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

/**
 * The whole path of a match on real parts: volunteers arrive as events on the broker, a coordinator registers
 * a newcomer and a request, runs matching, and the pair goes through consent on both sides to its end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchLifecycleIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final String TENANT = "haarlem";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "matching-lifecycle-tests");
    }

    @LocalServerPort
    int port;

    @Autowired
    CandidateRepository candidates;

    MatchingApi api;
    String organization;
    String coordinator;

    @BeforeEach
    void anOrganisation() {
        api = new MatchingApi(port);
        organization = "org-" + UUID.randomUUID().toString().substring(0, 8);
        coordinator = TOKENS.orgCoordinator(TENANT, organization);
    }

    private String volunteer(String account, String district) {
        String id = UUID.randomUUID().toString();
        VolunteerEventsFeed.publish("nl.onderop.volunteers.volunteer.activated.v1", TENANT, id,
                VolunteerEventsFeed.volunteer(id, TENANT, account, organization, district, 3));
        MatchingApi.await("candidate " + id, () -> Boolean.TRUE.equals(candidates.findById(id).hasElement().toFuture().join()));
        return id;
    }

    @Test
    void aProposalGoesThroughConsentOnBothSidesToItsEndAndClosesTheRequest() {
        String account = "vol-" + UUID.randomUUID();
        String volunteerId = volunteer(account, "Centrum");
        String newcomerId = api.registerNewcomer(coordinator, "Samira");
        String requestId = api.openRequest(coordinator, newcomerId, "language-buddy");

        JsonNode run = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of("scope", "organization"));
        assertThat(run.get("run").get("proposals").asInt()).isEqualTo(1);
        assertThat(run.get("run").get("totalScore").asLong()).isGreaterThanOrEqualTo(run.get("run").get("greedyTotalScore").asLong());
        JsonNode proposal = run.get("proposals").get(0);
        assertThat(proposal.get("volunteerId").asString()).isEqualTo(volunteerId);
        assertThat(proposal.get("requestId").asString()).isEqualTo(requestId);
        assertThat(proposal.get("state").asString()).isEqualTo("proposed");
        assertThat(proposal.get("explanation").get("criteria")).hasSize(6);
        assertThat(proposal.get("explanation").get("constraintsMet").toString()).contains("shared-language", "common-slot");
        String match = proposal.get("id").asString();

        String volunteerToken = TOKENS.token(account, List.of("volunteer"), List.of(TENANT), organization);
        // a proposal is the coordinator's to judge first: the volunteer does not see it yet
        api.expect(404, HttpMethod.GET, "/matches/" + match, volunteerToken, null);
        api.expect(404, HttpMethod.PUT, "/matches/" + match + "/volunteer-answer", volunteerToken, Map.of("accept", true));
        api.expect(409, HttpMethod.PUT, "/matches/" + match + "/newcomer-answer", coordinator, Map.of("accept", true));

        assertThat(api.expect(200, HttpMethod.PUT, "/matches/" + match + "/decision", coordinator, Map.of("approve", true))
                .get("state").asString()).isEqualTo("approved");
        assertThat(api.expect(200, HttpMethod.GET, "/me/matches", volunteerToken, null).get("matches").get(0)
                .get("newcomerAlias").asString()).isEqualTo("Samira");
        // the volunteer has an account: only the volunteer answers for itself
        api.expect(403, HttpMethod.PUT, "/matches/" + match + "/volunteer-answer", coordinator, Map.of("accept", true));
        assertThat(api.expect(200, HttpMethod.PUT, "/matches/" + match + "/volunteer-answer", volunteerToken,
                Map.of("accept", true)).get("state").asString()).isEqualTo("approved");
        // the newcomer has no account: the coordinator records its answer
        JsonNode accepted = api.expect(200, HttpMethod.PUT, "/matches/" + match + "/newcomer-answer", coordinator,
                Map.of("accept", true));
        assertThat(accepted.get("state").asString()).isEqualTo("accepted");
        assertThat(accepted.get("newcomerAnswer").get("recordedBy").asString()).isEqualTo("coordinator");
        assertThat(accepted.get("volunteerAnswer").get("recordedBy").asString()).isEqualTo("self");

        api.expect(409, HttpMethod.PUT, "/matches/" + match + "/phase", coordinator, Map.of("state", "trial"));
        for (String phase : List.of("introduction", "trial", "active")) {
            assertThat(api.expect(200, HttpMethod.PUT, "/matches/" + match + "/phase", coordinator, Map.of("state", phase))
                    .get("state").asString()).isEqualTo(phase);
        }
        api.expect(400, HttpMethod.PUT, "/matches/" + match + "/ending", coordinator, Map.of("reason", "boring"));
        JsonNode ended = api.expect(200, HttpMethod.PUT, "/matches/" + match + "/ending", coordinator,
                Map.of("reason", "completed"));
        assertThat(ended.get("endReason").asString()).isEqualTo("completed");
        assertThat(ended.get("history")).hasSize(7);
        assertThat(api.expect(200, HttpMethod.GET, "/help-requests/" + requestId, coordinator, null)
                .get("status").asString()).isEqualTo("closed");

        List<TopicReader.Record> events = TopicReader.readUntil(TestKafka.brokers(), "onderop.matching.events",
                record -> record.value().contains("match.ended.v1") && record.value().contains(match), Duration.ofSeconds(30));
        List<String> types = events.stream().filter(record -> record.value().contains(match))
                .map(record -> MatchingApi.json(record.value()).get("type").asString()).toList();
        assertThat(types).containsExactly("nl.onderop.matching.match.proposed.v1", "nl.onderop.matching.match.approved.v1",
                "nl.onderop.matching.match.accepted.v1", "nl.onderop.matching.match.started.v1",
                "nl.onderop.matching.match.phase-changed.v1", "nl.onderop.matching.match.phase-changed.v1",
                "nl.onderop.matching.match.ended.v1");
        assertThat(events.stream().filter(record -> record.value().contains(match)).map(TopicReader.Record::value).toList())
                .noneMatch(value -> value.contains("Samira"));
    }

    @Test
    void aDeclinedPairIsNeverProposedAgainAndTheNextBestVolunteerIs() {
        String first = volunteer("vol-" + UUID.randomUUID(), "Centrum");
        String second = volunteer("vol-" + UUID.randomUUID(), "Haarlem-Oost");
        String newcomerId = api.registerNewcomer(coordinator, "Yonas");
        api.openRequest(coordinator, newcomerId, "language-buddy");

        JsonNode proposal = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of()).get("proposals").get(0);
        // same district scores higher on distance than a district 1.5 km away
        assertThat(proposal.get("volunteerId").asString()).isEqualTo(first);
        assertThat(proposal.get("explanation").get("alternatives").get(0).get("volunteerId").asString()).isEqualTo(second);
        String match = proposal.get("id").asString();
        api.expect(200, HttpMethod.PUT, "/matches/" + match + "/decision", coordinator, Map.of("approve", true));
        JsonNode declined = api.expect(200, HttpMethod.PUT, "/matches/" + match + "/newcomer-answer", coordinator,
                Map.of("accept", false));
        assertThat(declined.get("state").asString()).isEqualTo("declined");
        assertThat(declined.get("declinedBy").asString()).isEqualTo("newcomer");

        JsonNode again = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of());
        assertThat(again.get("proposals")).hasSize(1);
        assertThat(again.get("proposals").get(0).get("volunteerId").asString()).isEqualTo(second);
        // a request with a live proposal is not matched twice
        assertThat(api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of()).get("proposals")).isEmpty();
    }

    @Test
    void aVolunteerWithoutAPlaceLeftOrWithoutACommonSlotIsNotProposed() {
        String volunteerId = volunteer("vol-" + UUID.randomUUID(), "Centrum");
        String early = api.registerNewcomer(coordinator, "Ahmad");
        api.openRequest(coordinator, early, "language-buddy");
        String late = api.registerNewcomer(coordinator, "Lina");
        String lateRequest = api.openRequest(coordinator, late, "language-buddy");

        JsonNode run = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of());
        // one place (maxConcurrentMatches 1): one proposal, the other request waits
        assertThat(run.get("proposals")).hasSize(1);
        assertThat(run.get("run").get("unmatchedRequests").asInt()).isEqualTo(1);
        assertThat(run.get("proposals").get(0).get("volunteerId").asString()).isEqualTo(volunteerId);
        String waiting = run.get("proposals").get(0).get("requestId").asString().equals(lateRequest) ? "Ahmad" : "Lina";

        String morning = api.expect(201, HttpMethod.POST, "/newcomers", coordinator, MatchingApi.newcomer("Oleksandr",
                "Centrum", List.of(Map.of("code", "nl", "level", "B1")),
                List.of(Map.of("day", "monday", "from", "09:00", "to", "11:00")))).get("id").asString();
        String morningRequest = api.openRequest(coordinator, morning, "buddy");
        String evening = volunteer("vol-" + UUID.randomUUID(), "Centrum");
        JsonNode next = api.expect(201, HttpMethod.POST, "/matching-runs", coordinator, Map.of());
        // the evening volunteer shares no slot with the Monday-morning newcomer: only the waiting request is matched
        assertThat(next.get("run").get("unmatchedRequests").asInt()).isEqualTo(1);
        assertThat(next.get("proposals")).hasSize(1);
        assertThat(next.get("proposals").get(0).get("volunteerId").asString()).isEqualTo(evening);
        assertThat(next.get("proposals").get(0).get("requestId").asString()).isNotEqualTo(morningRequest);
        assertThat(api.expect(200, HttpMethod.GET, "/matches/" + next.get("proposals").get(0).get("id").asString(),
                coordinator, null).get("newcomerAlias").asString()).isEqualTo(waiting);
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        JsonNode invalid = api.expect(400, HttpMethod.POST, "/newcomers", coordinator, Map.of("alias", "Nour",
                "needs", List.of("not-an-activity"), "ageBand", "young",
                "languages", List.of(Map.of("code", "Arabic", "level", "fluent")),
                "consent", Map.of("given", true, "version", "2026-1")));
        assertThat(invalid.get("invalidParams").toString()).contains("needs[0]", "ageBand", "languages[0].code",
                "languages[0].level");
        JsonNode noConsent = api.expect(400, HttpMethod.POST, "/newcomers", coordinator, Map.of("alias", "Nour"));
        assertThat(noConsent.get("invalidParams").get(0).get("name").asString()).isEqualTo("consent");
        assertThat(api.expect(200, HttpMethod.GET, "/newcomers", coordinator, null).get("page").get("totalElements").asLong())
                .isZero();
        String newcomerId = api.registerNewcomer(coordinator, "Nour");
        assertThat(api.expect(400, HttpMethod.POST, "/newcomers/" + newcomerId + "/help-requests", coordinator,
                Map.of("kind", "chess")).get("invalidParams").get(0).get("name").asString()).isEqualTo("kind");
        api.expect(400, HttpMethod.POST, "/matching-runs", coordinator, Map.of("scope", "everyone"));
        api.expect(400, HttpMethod.GET, "/matches?pageSize=1000", coordinator, null);
    }
}
