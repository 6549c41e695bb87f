package nl.onderop.matching.outcome.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.matching.candidate.application.RecordVolunteerEvent;
import nl.onderop.matching.match.application.MatchRepository;
import nl.onderop.matching.match.domain.Answer;
import nl.onderop.matching.match.domain.EndReason;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;
import nl.onderop.matching.outcome.application.EvaluationRepository;
import nl.onderop.matching.outcome.application.MatchGoalsRepository;
import nl.onderop.matching.outcome.application.StoryRepository;
import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.matching.outcome.domain.EvaluationKind;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;
import nl.onderop.testsupport.TestKafka;
import nl.onderop.testsupport.TopicReader;

/**
 * Outcome tracking over HTTP with signed tokens: goals and their validation, evaluations with their T-scores and
 * rules, who sees and does what, story publication with the newcomer's consent, the events on the real Kafka
 * topic, and what erasure of a newcomer or a volunteer leaves behind. Matches are put in place through the
 * match repository and stepped with the match's own domain methods, independent of the matching run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutcomeApiIntegrationTests {

    private static final String BASE = "/api/matching/v1";
    private static final String TENANT = "delft";
    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "matching-outcome-tests");
        registry.add("onderop.outbox.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    MatchRepository matches;

    @Autowired
    NewcomerRepository newcomers;

    @Autowired
    MatchGoalsRepository storedGoals;

    @Autowired
    EvaluationRepository storedEvaluations;

    @Autowired
    StoryRepository storedStories;

    @Autowired
    RecordVolunteerEvent volunteerEvents;

    @Autowired
    CloudEventFactory eventFactory;

    WebTestClient client;
    String org;
    String coordinator;
    String otherCoordinator;
    String municipality;

    @BeforeEach
    void world() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
        org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        coordinator = TOKENS.orgCoordinator(TENANT, org);
        otherCoordinator = TOKENS.orgCoordinator(TENANT, "other-" + UUID.randomUUID().toString().substring(0, 8));
        municipality = TOKENS.municipalityCoordinator(TENANT);
    }

    // ---- the world ----------------------------------------------------------------------------------------

    /** A match with its people: the newcomer's and the volunteer's tokens (the newcomer's null without an account). */
    record World(String matchId, String newcomerId, String newcomerToken, String volunteerId, String volunteerToken) {
    }

    private World match(MatchState target, boolean newcomerHasAccount) {
        String newcomerAccount = newcomerHasAccount ? "nc-" + UUID.randomUUID() : null;
        Instant now = Instant.now();
        Newcomer newcomer = new Newcomer(UUID.randomUUID().toString(), TENANT, org, newcomerAccount,
                new NewcomerProfile("Amal", List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(), List.of()),
                List.of(new Consent(Consent.MATCHING, "2026-1", now)), 1, now, now, null);
        newcomers.insert(newcomer, List.of()).toFuture().join();
        String volunteerId = UUID.randomUUID().toString();
        String volunteerAccount = "vol-" + UUID.randomUUID();
        Match match = Match.proposed(UUID.randomUUID().toString(), TENANT, org, null, null, newcomer.id(), volunteerId,
                volunteerAccount, null, now);
        matches.insertAll(List.of(new MatchRepository.NewMatch(match, List.of()))).blockLast();
        List<UnaryOperator<Match>> steps = List.of(
                current -> current.approved(Instant.now()),
                current -> current.answeredByVolunteer(new Answer(true, Answer.SELF, Instant.now()), Instant.now()),
                current -> current.answeredByNewcomer(new Answer(true, Answer.SELF, Instant.now()), Instant.now()),
                current -> current.advancedTo(MatchState.INTRODUCTION, Instant.now()),
                current -> current.advancedTo(MatchState.TRIAL, Instant.now()),
                current -> current.advancedTo(MatchState.ACTIVE, Instant.now()),
                current -> current.ended(EndReason.COMPLETED, Instant.now()));
        for (UnaryOperator<Match> step : steps) {
            if (match.state() == target) {
                break;
            }
            match = step(match, step);
        }
        assertThat(match.state()).isEqualTo(target);
        return new World(match.id(), newcomer.id(),
                newcomerAccount == null ? null : TOKENS.token(newcomerAccount, List.of("newcomer"), List.of(TENANT), org),
                volunteerId, TOKENS.token(volunteerAccount, List.of("volunteer"), List.of(TENANT), org));
    }

    private Match step(Match match, UnaryOperator<Match> step) {
        Match changed = step.apply(match);
        return matches.update(changed, match.version(), List.of()).toFuture().join();
    }

    private void advance(World world, MatchState target) {
        Match match = matches.findById(world.matchId()).toFuture().join();
        match = step(match, current -> current.advancedTo(target, Instant.now()));
        assertThat(match.state()).isEqualTo(target);
    }

    private EntityExchangeResult<String> send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(BASE + path).headers(headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        });
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return ready.exchange().expectBody(String.class).returnResult();
    }

    private static JsonNode json(EntityExchangeResult<String> result) {
        return JSON.readTree(result.getResponseBody());
    }

    private static int status(EntityExchangeResult<String> result) {
        return result.getStatus().value();
    }

    private static List<String> invalidNames(EntityExchangeResult<String> result) {
        List<String> names = new ArrayList<>();
        json(result).get("invalidParams").forEach(param -> names.add(param.get("name").asString()));
        return names;
    }

    static Map<String, Object> goal(String domain, String title, Integer weight) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("domain", domain);
        goal.put("title", title);
        goal.put("levels", Map.of(
                "muchLessThanExpected", "Spreekt nog geen Nederlands bij de huisarts",
                "lessThanExpected", "Begrijpt eenvoudige vragen",
                "expected", "Maakt zelf een afspraak bij de huisarts",
                "moreThanExpected", "Voert het gesprek zelf",
                "muchMoreThanExpected", "Helpt een ander bij de huisarts"));
        if (weight != null) {
            goal.put("weight", weight);
        }
        return goal;
    }

    private void setGoals(World world, Map<String, Object>... goals) {
        EntityExchangeResult<String> set = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of("goals", List.of(goals)));
        assertThat(status(set)).as(set.getResponseBody()).isEqualTo(200);
    }

    static Map<String, Object> evaluation(String kind, String rater, String note, int... levels) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("rater", rater);
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            scores.add(Map.of("goal", i + 1, "level", levels[i]));
        }
        body.put("scores", scores);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private EntityExchangeResult<String> evaluate(World world, String token, Map<String, Object> body) {
        return send(HttpMethod.POST, "/matches/" + world.matchId() + "/evaluations", token, body);
    }

    // ---- goals --------------------------------------------------------------------------------------------

    @Test
    void goalsAreValidatedFieldByField() {
        World world = match(MatchState.ACCEPTED, true);
        Map<String, Object> noLevel = goal("language", "Taal bij de huisarts", null);
        noLevel.put("levels", Map.of("muchLessThanExpected", "a", "lessThanExpected", "b", "moreThanExpected", "d",
                "muchMoreThanExpected", "e"));
        Map<String, Object> heavy = goal("wellbeing", "Slaapt beter", 4);
        Map<String, Object> unknown = goal("health", " ", null);

        EntityExchangeResult<String> invalid = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of("goals", List.of(noLevel, heavy, unknown)));

        assertThat(status(invalid)).as(invalid.getResponseBody()).isEqualTo(400);
        assertThat(invalid.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(invalidNames(invalid)).containsExactlyInAnyOrder("goals[0].levels.expected", "goals[1].weight",
                "goals[2].domain", "goals[2].title");

        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(goal("language", "Doel " + i, 1));
        }
        EntityExchangeResult<String> tooMany = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of("goals", six));
        assertThat(status(tooMany)).isEqualTo(400);
        assertThat(invalidNames(tooMany)).containsExactly("goals");

        EntityExchangeResult<String> none = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of());
        assertThat(status(none)).isEqualTo(400);
        assertThat(invalidNames(none)).containsExactly("goals");
    }

    @Test
    void theCoordinatorSetsGoalsWhileTheMatchRunsUntilTheFirstEvaluation() {
        World proposed = match(MatchState.PROPOSED, true);
        EntityExchangeResult<String> early = send(HttpMethod.PUT, "/matches/" + proposed.matchId() + "/goals", coordinator,
                Map.of("goals", List.of(goal("language", "Taal", 1))));
        assertThat(status(early)).as(early.getResponseBody()).isEqualTo(409);

        World world = match(MatchState.ACCEPTED, true);
        EntityExchangeResult<String> empty = send(HttpMethod.GET, "/matches/" + world.matchId() + "/goals", world.newcomerToken(), null);
        assertThat(status(empty)).as(empty.getResponseBody()).isEqualTo(200);
        assertThat(json(empty).get("goals").size()).isZero();

        EntityExchangeResult<String> byVolunteer = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals",
                world.volunteerToken(), Map.of("goals", List.of(goal("language", "Taal", 1))));
        assertThat(status(byVolunteer)).isEqualTo(403);

        setGoals(world, goal("language", "Taal bij de huisarts", 2), goal("self-reliance-digital", "DigiD gebruiken", null));
        for (String token : List.of(coordinator, world.volunteerToken(), world.newcomerToken())) {
            EntityExchangeResult<String> read = send(HttpMethod.GET, "/matches/" + world.matchId() + "/goals", token, null);
            assertThat(status(read)).as(read.getResponseBody()).isEqualTo(200);
            JsonNode goals = json(read).get("goals");
            assertThat(goals.size()).isEqualTo(2);
            assertThat(goals.get(1).get("number").asInt()).isEqualTo(2);
            assertThat(goals.get(1).get("domain").asString()).isEqualTo("self-reliance-digital");
            assertThat(goals.get(1).get("weight").asInt()).isEqualTo(1);
            assertThat(goals.get(0).get("levels").get("expected").asString()).isEqualTo("Maakt zelf een afspraak bij de huisarts");
        }

        EntityExchangeResult<String> stale = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of("goals", List.of(goal("language", "Taal", 1)), "version", 7));
        assertThat(status(stale)).isEqualTo(409);

        assertThat(status(evaluate(world, coordinator, evaluation("intake", "coordinator", null, -1, 0)))).isEqualTo(201);
        EntityExchangeResult<String> fixed = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of("goals", List.of(goal("language", "Taal", 1))));
        assertThat(status(fixed)).as(fixed.getResponseBody()).isEqualTo(409);
        assertThat(json(send(HttpMethod.GET, "/matches/" + world.matchId() + "/goals", coordinator, null)).get("locked")
                .asBoolean()).isTrue();
    }

    // ---- evaluations --------------------------------------------------------------------------------------

    @Test
    void evaluationsFollowTheirRulesAndCarryTScores() {
        World world = match(MatchState.TRIAL, false);
        EntityExchangeResult<String> noGoals = evaluate(world, coordinator, evaluation("intake", "coordinator", null, 0));
        assertThat(status(noGoals)).as(noGoals.getResponseBody()).isEqualTo(409);

        setGoals(world, goal("language", "Taal", 1), goal("social-network", "Buren kennen", 2), goal("wellbeing", "Rust", 3));

        EntityExchangeResult<String> incomplete = send(HttpMethod.POST, "/matches/" + world.matchId() + "/evaluations",
                coordinator, Map.of("kind", "intake", "rater", "coordinator",
                        "scores", List.of(Map.of("goal", 1, "level", 0), Map.of("goal", 1, "level", 1))));
        assertThat(status(incomplete)).isEqualTo(400);
        assertThat(invalidNames(incomplete)).containsExactlyInAnyOrder("scores[1].goal", "scores");

        EntityExchangeResult<String> badShape = send(HttpMethod.POST, "/matches/" + world.matchId() + "/evaluations",
                coordinator, Map.of("kind", "final", "rater", "friend", "note", "x".repeat(1001),
                        "scores", List.of(Map.of("goal", 1, "level", 3))));
        assertThat(status(badShape)).isEqualTo(400);
        assertThat(invalidNames(badShape)).containsExactlyInAnyOrder("kind", "rater", "note", "scores[0].level");

        // Σwx = −1 + 0 + 6 = 5; √(0.7·14 + 0.3·36) = √20.6; T = 61.0
        EntityExchangeResult<String> intake = evaluate(world, coordinator, evaluation("intake", "coordinator", "Goede start", -1, 0, 2));
        assertThat(status(intake)).as(intake.getResponseBody()).isEqualTo(201);
        assertThat(json(intake).get("tScore").asDouble()).isEqualTo(61.0);
        assertThat(json(intake).get("scores").get(2).get("weight").asInt()).isEqualTo(3);

        EntityExchangeResult<String> again = evaluate(world, coordinator, evaluation("intake", "coordinator", null, 0, 0, 0));
        assertThat(status(again)).as(again.getResponseBody()).isEqualTo(409);

        EntityExchangeResult<String> endTooEarly = evaluate(world, coordinator, evaluation("end", "coordinator", null, 1, 1, 1));
        assertThat(status(endTooEarly)).as(endTooEarly.getResponseBody()).isEqualTo(409);

        // the newcomer has no account: its self-assessment is recorded by the coordinator; all −2 with weights 1,2,3:
        // Σwx = −12; T = 50 − 120/√20.6 = 23.6
        EntityExchangeResult<String> onBehalf = evaluate(world, coordinator, evaluation("intake", "newcomer", null, -2, -2, -2));
        assertThat(status(onBehalf)).as(onBehalf.getResponseBody()).isEqualTo(201);
        assertThat(json(onBehalf).get("recordedBy").asString()).isEqualTo("coordinator");
        assertThat(json(onBehalf).get("tScore").asDouble()).isEqualTo(23.6);

        EntityExchangeResult<String> volunteerForNewcomer = evaluate(world, world.volunteerToken(),
                evaluation("intake", "newcomer", null, 0, 0, 0));
        assertThat(status(volunteerForNewcomer)).isEqualTo(403);
        EntityExchangeResult<String> volunteerOwn = evaluate(world, world.volunteerToken(),
                evaluation("intake", "volunteer", "Spannend", 0, 0, 0));
        assertThat(status(volunteerOwn)).as(volunteerOwn.getResponseBody()).isEqualTo(201);

        advance(world, MatchState.ACTIVE);
        // Σwx = 1 + 2 + 6 = 9; T = 50 + 90/√20.6 = 69.83; change since intake 69.83 − 61.02 = 8.8
        EntityExchangeResult<String> end = evaluate(world, coordinator, evaluation("end", "coordinator", null, 1, 1, 2));
        assertThat(status(end)).as(end.getResponseBody()).isEqualTo(201);
        assertThat(json(end).get("tScore").asDouble()).isEqualTo(69.8);

        EntityExchangeResult<String> all = send(HttpMethod.GET, "/matches/" + world.matchId() + "/evaluations", coordinator, null);
        assertThat(status(all)).isEqualTo(200);
        assertThat(json(all).get("evaluations").size()).isEqualTo(4);
        JsonNode tScores = json(all).get("tScores");
        assertThat(tScores.size()).isEqualTo(3);
        JsonNode coordinatorScore = tScores.get(2);
        assertThat(coordinatorScore.get("rater").asString()).isEqualTo("coordinator");
        assertThat(coordinatorScore.get("latestKind").asString()).isEqualTo("end");
        assertThat(coordinatorScore.get("tScore").asDouble()).isEqualTo(69.8);
        assertThat(coordinatorScore.get("intakeTScore").asDouble()).isEqualTo(61.0);
        assertThat(coordinatorScore.get("changeSinceIntake").asDouble()).isEqualTo(8.8);

        EntityExchangeResult<String> volunteerView = send(HttpMethod.GET, "/matches/" + world.matchId() + "/evaluations",
                world.volunteerToken(), null);
        assertThat(status(volunteerView)).isEqualTo(200);
        assertThat(json(volunteerView).get("evaluations").size()).isEqualTo(1);
        assertThat(json(volunteerView).get("evaluations").get(0).get("rater").asString()).isEqualTo("volunteer");
        assertThat(json(volunteerView).get("evaluations").get(0).get("note").asString()).isEqualTo("Spannend");
        assertThat(json(volunteerView).get("tScores").size()).isEqualTo(1);
    }

    @Test
    void aNewcomerWithAnAccountScoresItselfAndTheEndWaitsForAnActiveOrEndedMatch() {
        World world = match(MatchState.ENDED, true);
        EntityExchangeResult<String> noGoalsLate = send(HttpMethod.PUT, "/matches/" + world.matchId() + "/goals", coordinator,
                Map.of("goals", List.of(goal("language", "Taal", 1))));
        assertThat(status(noGoalsLate)).isEqualTo(409);

        World running = match(MatchState.INTRODUCTION, true);
        setGoals(running, goal("work-and-education", "Stage vinden", 1));
        EntityExchangeResult<String> forTheNewcomer = evaluate(running, coordinator, evaluation("intake", "newcomer", null, 0));
        assertThat(status(forTheNewcomer)).as(forTheNewcomer.getResponseBody()).isEqualTo(403);
        EntityExchangeResult<String> self = evaluate(running, running.newcomerToken(), evaluation("intake", "newcomer", null, -1));
        assertThat(status(self)).as(self.getResponseBody()).isEqualTo(201);
        assertThat(json(self).get("recordedBy").asString()).isEqualTo("self");
        assertThat(status(evaluate(running, running.newcomerToken(), evaluation("intake", "coordinator", null, 0)))).isEqualTo(403);

        advance(running, MatchState.TRIAL);
        advance(running, MatchState.ACTIVE);
        Match ended = matches.findById(running.matchId()).toFuture().join();
        step(ended, current -> current.ended(EndReason.COMPLETED, Instant.now()));
        EntityExchangeResult<String> interimAfterEnd = evaluate(running, running.newcomerToken(), evaluation("interim", "newcomer", null, 0));
        assertThat(status(interimAfterEnd)).isEqualTo(409);
        EntityExchangeResult<String> end = evaluate(running, running.newcomerToken(), evaluation("end", "newcomer", null, 2));
        assertThat(status(end)).as(end.getResponseBody()).isEqualTo(201);
        assertThat(json(end).get("tScore").asDouble()).isEqualTo(70.0);

        JsonNode own = json(send(HttpMethod.GET, "/matches/" + running.matchId() + "/evaluations", running.newcomerToken(), null));
        assertThat(own.get("tScores").get(0).get("changeSinceIntake").asDouble()).isEqualTo(30.0);

        EntityExchangeResult<String> export = send(HttpMethod.GET, "/me/export", running.newcomerToken(), null);
        assertThat(status(export)).as(export.getResponseBody()).isEqualTo(200);
        assertThat(json(export).get("outcomes").get("evaluations").size()).isEqualTo(2);
        assertThat(json(export).get("outcomes").get("goals").get(0).get("goals").get(0).get("title").asString())
                .isEqualTo("Stage vinden");
    }

    @Test
    void twoRatersRecordingTheFirstEvaluationsAtOnceBothSucceed() {
        World world = match(MatchState.ACTIVE, true);
        setGoals(world, goal("language", "Taal", 1), goal("wellbeing", "Rust", 2));
        CompletableFuture<Integer> byCoordinator = CompletableFuture.supplyAsync(() ->
                status(evaluate(world, coordinator, evaluation("intake", "coordinator", null, 0, 1))));
        CompletableFuture<Integer> byVolunteer = CompletableFuture.supplyAsync(() ->
                status(evaluate(world, world.volunteerToken(), evaluation("intake", "volunteer", null, -1, 0))));
        assertThat(List.of(byCoordinator.join(), byVolunteer.join())).containsExactly(201, 201);
        assertThat(storedGoals.findByMatch(TENANT, world.matchId()).toFuture().join().locked()).isTrue();
    }

    // ---- access -------------------------------------------------------------------------------------------

    @Test
    void outsidersGetNotFoundEverywhere() {
        World world = match(MatchState.ACTIVE, true);
        setGoals(world, goal("language", "Taal", 1));
        EntityExchangeResult<String> story = send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", coordinator,
                Map.of("text", "Een mooi begin."));
        assertThat(status(story)).as(story.getResponseBody()).isEqualTo(201);
        String storyId = json(story).get("id").asString();
        World elsewhere = match(MatchState.ACTIVE, true);
        String otherTenant = TOKENS.orgCoordinator("leiden", org);

        for (String outsider : List.of(otherCoordinator, municipality, otherTenant, elsewhere.volunteerToken(),
                elsewhere.newcomerToken(), TOKENS.platformAdmin())) {
            String match = "/matches/" + world.matchId();
            assertThat(status(send(HttpMethod.GET, match + "/goals", outsider, null))).isEqualTo(404);
            assertThat(status(send(HttpMethod.PUT, match + "/goals", outsider, Map.of("goals", List.of(goal("language", "T", 1))))))
                    .isEqualTo(404);
            assertThat(status(send(HttpMethod.GET, match + "/evaluations", outsider, null))).isEqualTo(404);
            assertThat(status(evaluate(world, outsider, evaluation("intake", "coordinator", null, 0)))).isEqualTo(404);
            assertThat(status(send(HttpMethod.GET, match + "/stories", outsider, null))).isEqualTo(404);
            assertThat(status(send(HttpMethod.POST, match + "/stories", outsider, Map.of("text", "Hallo")))).isEqualTo(404);
            EntityExchangeResult<String> publication = send(HttpMethod.PUT, "/stories/" + storyId + "/publication", outsider,
                    Map.of("publishable", false));
            assertThat(status(publication)).as(publication.getResponseBody()).isEqualTo(404);
        }
        assertThat(status(send(HttpMethod.GET, "/matches/" + world.matchId() + "/goals", null, null))).isEqualTo(401);
        // the volunteer does not see the coordinator's story
        assertThat(status(send(HttpMethod.PUT, "/stories/" + storyId + "/publication", world.volunteerToken(),
                Map.of("publishable", false)))).isEqualTo(404);
        assertThat(status(send(HttpMethod.PUT, "/stories/" + UUID.randomUUID() + "/publication", coordinator,
                Map.of("publishable", false)))).isEqualTo(404);
    }

    // ---- stories ------------------------------------------------------------------------------------------

    @Test
    void aStoryIsPublishableOnlyWithTheNewcomersOwnConsentAndCanBeWithdrawn() {
        World world = match(MatchState.ACTIVE, true);
        EntityExchangeResult<String> written = send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories",
                world.volunteerToken(), Map.of("text", "We fietsen elke zaterdag samen naar de markt."));
        assertThat(status(written)).as(written.getResponseBody()).isEqualTo(201);
        JsonNode story = json(written);
        String storyId = story.get("id").asString();
        assertThat(story.get("author").asString()).isEqualTo("volunteer");
        assertThat(story.get("publishable").asBoolean()).isFalse();
        assertThat(status(send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", coordinator,
                Map.of("text", "Notitie van de coördinator.")))).isEqualTo(201);
        assertThat(status(send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", world.volunteerToken(),
                Map.of("text", "Namens de nieuwkomer", "author", "newcomer")))).isEqualTo(403);
        EntityExchangeResult<String> tooLong = send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories",
                coordinator, Map.of("text", "x".repeat(2001)));
        assertThat(invalidNames(tooLong)).containsExactly("text");

        assertThat(json(send(HttpMethod.GET, "/matches/" + world.matchId() + "/stories", world.newcomerToken(), null))
                .get("stories").size()).isEqualTo(2);
        JsonNode volunteerList = json(send(HttpMethod.GET, "/matches/" + world.matchId() + "/stories", world.volunteerToken(), null));
        assertThat(volunteerList.get("stories").size()).isEqualTo(1);
        assertThat(volunteerList.get("page").get("totalElements").asInt()).isEqualTo(1);
        assertThat(status(send(HttpMethod.GET, "/matches/" + world.matchId() + "/stories?pageSize=101", coordinator, null)))
                .isEqualTo(400);

        String publication = "/stories/" + storyId + "/publication";
        assertThat(status(send(HttpMethod.PUT, publication, world.volunteerToken(),
                Map.of("publishable", true, "consentVersion", "2026-1")))).isEqualTo(403);
        assertThat(status(send(HttpMethod.PUT, publication, coordinator,
                Map.of("publishable", true, "consentVersion", "2026-1")))).isEqualTo(403);
        EntityExchangeResult<String> noConsent = send(HttpMethod.PUT, publication, world.newcomerToken(), Map.of("publishable", true));
        assertThat(status(noConsent)).isEqualTo(400);
        assertThat(invalidNames(noConsent)).containsExactly("consentVersion");

        EntityExchangeResult<String> published = send(HttpMethod.PUT, publication, world.newcomerToken(),
                Map.of("publishable", true, "consentVersion", "2026-1"));
        assertThat(status(published)).as(published.getResponseBody()).isEqualTo(200);
        JsonNode consent = json(published).get("publicationConsent");
        assertThat(consent.get("purpose").asString()).isEqualTo("story-publication");
        assertThat(consent.get("version").asString()).isEqualTo("2026-1");
        assertThat(consent.get("recordedBy").asString()).isEqualTo("self");
        assertThat(consent.get("givenAt").isNull()).isFalse();

        EntityExchangeResult<String> withdrawn = send(HttpMethod.PUT, publication, world.volunteerToken(), Map.of("publishable", false));
        assertThat(status(withdrawn)).as(withdrawn.getResponseBody()).isEqualTo(200);
        assertThat(json(withdrawn).get("publishable").asBoolean()).isFalse();
        assertThat(json(withdrawn).get("publicationConsent").isNull()).isTrue();
        assertThat(json(withdrawn).get("withdrawnAt").isNull()).isFalse();

        List<JsonNode> events = events(record -> record.value().contains(storyId) && record.value().contains("\"publishable\":false"))
                .stream().filter(event -> storyId.equals(event.get("subject").asString())).toList();
        assertThat(events).extracting(event -> event.get("type").asString())
                .containsOnly("nl.onderop.matching.story.publication-changed.v1");
        assertThat(events).hasSize(2);
        JsonNode on = events.get(0).get("data");
        assertThat(on.get("publishable").asBoolean()).isTrue();
        assertThat(on.get("text").asString()).isEqualTo("We fietsen elke zaterdag samen naar de markt.");
        assertThat(on.get("organization").asString()).isEqualTo(org);
        assertThat(on.has("newcomerId")).isFalse();
        JsonNode off = events.get(1).get("data");
        assertThat(off.get("publishable").asBoolean()).isFalse();
        assertThat(off.has("text")).isFalse();
    }

    @Test
    void theCoordinatorRecordsPublicationConsentForANewcomerWithoutAnAccount() {
        World world = match(MatchState.ENDED, false);
        EntityExchangeResult<String> told = send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", coordinator,
                Map.of("text", "Ik heb nu werk in de bakkerij.", "author", "newcomer"));
        assertThat(status(told)).as(told.getResponseBody()).isEqualTo(201);
        assertThat(json(told).get("author").asString()).isEqualTo("newcomer");
        EntityExchangeResult<String> published = send(HttpMethod.PUT, "/stories/" + json(told).get("id").asString()
                + "/publication", coordinator, Map.of("publishable", true, "consentVersion", "2026-1"));
        assertThat(status(published)).as(published.getResponseBody()).isEqualTo(200);
        assertThat(json(published).get("publicationConsent").get("recordedBy").asString()).isEqualTo("coordinator");
    }

    // ---- events -------------------------------------------------------------------------------------------

    @Test
    void theEvaluationEventCarriesScoresButNoNotesNorTitles() {
        World world = match(MatchState.ACTIVE, true);
        setGoals(world, goal("self-reliance-money", "Geheimtitel-schulden", 2), goal("language", "Geheimtitel-taal", null));
        EntityExchangeResult<String> recorded = evaluate(world, world.volunteerToken(),
                evaluation("interim", "volunteer", "Geheime-notitie over Amal", 1, -1));
        assertThat(status(recorded)).as(recorded.getResponseBody()).isEqualTo(201);
        String evaluationId = json(recorded).get("id").asString();

        List<TopicReader.Record> read = TopicReader.readUntil(TestKafka.brokers(), "onderop.matching.events",
                record -> record.value().contains(evaluationId), Duration.ofSeconds(30));
        TopicReader.Record record = read.get(read.size() - 1);
        assertThat(record.value()).contains(evaluationId).doesNotContain("Geheim").doesNotContain("Amal")
                .doesNotContain(world.volunteerId()).doesNotContain(world.newcomerId());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("type").asString()).isEqualTo("nl.onderop.matching.evaluation.recorded.v1");
        assertThat(event.get("tenant").asString()).isEqualTo(TENANT);
        JsonNode data = event.get("data");
        List<String> keys = new ArrayList<>();
        data.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("matchId", "tenant", "organization", "kind", "rater", "scores", "tScore");
        assertThat(data.get("matchId").asString()).isEqualTo(world.matchId());
        assertThat(data.get("kind").asString()).isEqualTo("interim");
        assertThat(data.get("rater").asString()).isEqualTo("volunteer");
        assertThat(data.get("scores").get(0).get("domain").asString()).isEqualTo("self-reliance-money");
        assertThat(data.get("scores").get(0).get("weight").asInt()).isEqualTo(2);
        assertThat(data.get("scores").get(1).get("level").asInt()).isEqualTo(-1);
        // Σwx = 2 − 1 = 1; √(0.7·5 + 0.3·9) = √6.2; T = 54.0
        assertThat(data.get("tScore").asDouble()).isEqualTo(54.0);
    }

    private List<JsonNode> events(Predicate<TopicReader.Record> until) {
        return TopicReader.readUntil(TestKafka.brokers(), "onderop.matching.events", until, Duration.ofSeconds(30))
                .stream().map(record -> JSON.readTree(record.value())).toList();
    }

    // ---- erasure ------------------------------------------------------------------------------------------

    @Test
    void erasingTheNewcomerRemovesGoalsEvaluationsAndStories() {
        World world = match(MatchState.ACTIVE, false);
        setGoals(world, goal("wellbeing", "Beter slapen", 1));
        assertThat(status(evaluate(world, coordinator, evaluation("intake", "newcomer", "Slaapt slecht", -1)))).isEqualTo(201);
        assertThat(status(evaluate(world, world.volunteerToken(), evaluation("intake", "volunteer", null, 0)))).isEqualTo(201);
        String published = json(send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", coordinator,
                Map.of("text", "Amal vertelt over haar eerste maand.", "author", "newcomer"))).get("id").asString();
        assertThat(status(send(HttpMethod.PUT, "/stories/" + published + "/publication", coordinator,
                Map.of("publishable", true, "consentVersion", "2026-1")))).isEqualTo(200);
        String internal = json(send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", world.volunteerToken(),
                Map.of("text", "Interne notitie."))).get("id").asString();

        EntityExchangeResult<String> erased = send(HttpMethod.DELETE, "/newcomers/" + world.newcomerId(), coordinator, null);
        assertThat(status(erased)).as(erased.getResponseBody()).isEqualTo(204);

        assertThat(storedGoals.findByMatch(TENANT, world.matchId()).blockOptional()).isEmpty();
        assertThat(storedEvaluations.findByMatch(TENANT, world.matchId()).collectList().toFuture().join()).isEmpty();
        assertThat(storedStories.findById(internal).blockOptional()).isEmpty();
        Story shell = storedStories.findById(published).toFuture().join();
        assertThat(shell.isErased()).isTrue();
        assertThat(shell.text()).isNull();
        assertThat(shell.newcomerId()).isNull();
        assertThat(shell.publishable()).isFalse();

        List<JsonNode> events = events(record -> record.value().contains(published) && record.value().contains("\"publishable\":false"))
                .stream().filter(event -> published.equals(event.get("subject").asString())).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("data").has("text")).isFalse();
    }

    @Test
    void erasingTheVolunteerKeepsItsLevelsWithoutTheLinkAndRemovesItsStories() {
        World world = match(MatchState.ACTIVE, true);
        setGoals(world, goal("language", "Taal", 1), goal("social-network", "Netwerk", 1));
        EntityExchangeResult<String> recorded = evaluate(world, world.volunteerToken(),
                evaluation("intake", "volunteer", "Vrijwilliger ziet vooruitgang", 1, 0));
        assertThat(status(recorded)).isEqualTo(201);
        String evaluationId = json(recorded).get("id").asString();
        assertThat(status(evaluate(world, world.newcomerToken(), evaluation("intake", "newcomer", "Eigen notitie", 0, 0))))
                .isEqualTo(201);
        String story = json(send(HttpMethod.POST, "/matches/" + world.matchId() + "/stories", world.volunteerToken(),
                Map.of("text", "Wat ik leerde van Amal."))).get("id").asString();
        assertThat(storedEvaluations.findById(TENANT, evaluationId).toFuture().join().raterVolunteerId()).isEqualTo(world.volunteerId());

        volunteerEvents.record(eventFactory.create("nl.onderop.volunteers.person.erasure-requested.v1", TENANT,
                world.volunteerId(), Map.of("volunteerId", world.volunteerId()))).toFuture().join();

        Evaluation kept = storedEvaluations.findById(TENANT, evaluationId).toFuture().join();
        assertThat(kept.raterVolunteerId()).isNull();
        assertThat(kept.note()).isNull();
        assertThat(kept.scores()).extracting(score -> score.level()).containsExactly(1, 0);
        assertThat(storedStories.findById(story).blockOptional()).isEmpty();
        Evaluation newcomerOwn = storedEvaluations.findById(TENANT,
                Evaluation.idFor(world.matchId(), EvaluationKind.INTAKE,
                        Rater.NEWCOMER)).toFuture().join();
        assertThat(newcomerOwn.note()).isEqualTo("Eigen notitie");
        JsonNode coordinatorView = json(send(HttpMethod.GET, "/matches/" + world.matchId() + "/evaluations", coordinator, null));
        assertThat(coordinatorView.get("evaluations").size()).isEqualTo(2);
    }
}
