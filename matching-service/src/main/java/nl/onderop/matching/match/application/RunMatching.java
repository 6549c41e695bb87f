package nl.onderop.matching.match.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.candidate.application.CandidateRepository;
import nl.onderop.matching.candidate.domain.Candidate;
import nl.onderop.matching.engine.MatchingEngine;
import nl.onderop.matching.engine.MatchingProblem;
import nl.onderop.matching.engine.MatchingResult;
import nl.onderop.matching.engine.Proposal;
import nl.onderop.matching.match.domain.Explanation;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchEvents;
import nl.onderop.matching.match.domain.MatchSettings;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.request.application.ManageHelpRequests;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * A matching run for one organisation: its open requests without a live match, against its own active
 * volunteers or, for scope {@code pool}, also the tenant's pool. Volunteers bring their free places; pairs
 * declined or tried before are excluded; the engine finds the assignment with the highest total score, and
 * every pair becomes a proposal that explains itself. One run per organisation at a time.
 */
@Component
public class RunMatching {

    public static final String SCOPE_ORGANIZATION = "organization";
    public static final String SCOPE_POOL = "pool";

    private final ManageHelpRequests requests;
    private final NewcomerRepository newcomers;
    private final CandidateRepository candidates;
    private final MatchRepository matches;
    private final MatchingRunRepository runs;
    private final MatchSettingsRepository settings;
    private final ProblemBuilder builder;
    private final CloudEventFactory events;
    private final Clock clock;
    private final MatchingEngine engine = new MatchingEngine();

    public RunMatching(ManageHelpRequests requests, NewcomerRepository newcomers, CandidateRepository candidates,
                       MatchRepository matches, MatchingRunRepository runs, MatchSettingsRepository settings,
                       ProblemBuilder builder, CloudEventFactory events, Clock clock) {
        this.requests = requests;
        this.newcomers = newcomers;
        this.candidates = candidates;
        this.matches = matches;
        this.runs = runs;
        this.settings = settings;
        this.builder = builder;
        this.events = events;
        this.clock = clock;
    }

    public record Outcome(MatchingRun run, List<Match> proposals) {
    }

    public Mono<Outcome> run(MatchingAccess access, String scope) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators run matching."));
        }
        String tenant = access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Matching runs from an account of exactly one tenant."));
        return run(tenant, access.organization(), scope);
    }

    /** Also used by the demo loader. */
    public Mono<Outcome> run(String tenant, String organization, String scope) {
        String runId = UUID.randomUUID().toString();
        return runs.lock(tenant, organization, runId).flatMap(locked -> {
            if (!locked) {
                return Mono.error(ApiProblem.conflict("A matching run of your organisation is in progress; try again shortly."));
            }
            return runLocked(tenant, organization, scope, runId)
                    .flatMap(outcome -> runs.unlock(tenant, organization, runId).thenReturn(outcome))
                    .onErrorResume(failed -> runs.unlock(tenant, organization, runId).then(Mono.error(failed)));
        });
    }

    private Mono<Outcome> runLocked(String tenant, String organization, String scope, String runId) {
        Instant started = Instant.now(clock);
        Mono<List<Match>> tenantMatches = matches.findByTenant(tenant).collectList();
        Mono<List<HelpRequest>> open = requests.openRequests(tenant, organization).collectList();
        Mono<List<Candidate>> available = candidates.findAvailable(tenant, organization, SCOPE_POOL.equals(scope)).collectList();
        Mono<MatchSettings> wanted = settings.find(tenant, organization)
                .defaultIfEmpty(MatchSettings.defaults(tenant, organization));
        return Mono.zip(tenantMatches, open, available, wanted).flatMap(input -> {
            List<Match> all = input.getT1();
            Set<String> requestsWithLiveMatch = all.stream().filter(match -> match.state().isLive())
                    .map(Match::requestId).collect(Collectors.toSet());
            List<HelpRequest> toMatch = input.getT2().stream()
                    .filter(request -> !requestsWithLiveMatch.contains(request.id())).toList();
            List<String> newcomerIds = toMatch.stream().map(HelpRequest::newcomerId).distinct().toList();
            return newcomers.findByIds(newcomerIds).filter(newcomer -> !newcomer.isErased()).collectList()
                    .flatMap(found -> {
                        Map<String, Newcomer> byId = found.stream().collect(Collectors.toMap(Newcomer::id, Function.identity()));
                        MatchingProblem problem = problem(tenant, all, toMatch, byId, input.getT3(), input.getT4());
                        // the engine is pure CPU work: off the event loop
                        return Mono.fromCallable(() -> new Solved(engine.run(problem), engine.greedy(problem), problem))
                                .subscribeOn(Schedulers.parallel());
                    })
                    .flatMap(solved -> store(tenant, organization, scope, runId, started, toMatch, input.getT3(), solved));
        });
    }

    private record Solved(MatchingResult optimal, MatchingResult greedy, MatchingProblem problem) {
    }

    private MatchingProblem problem(String tenant, List<Match> all, List<HelpRequest> toMatch, Map<String, Newcomer> newcomersById,
                                    List<Candidate> available, MatchSettings wanted) {
        Map<String, Set<String>> triedByNewcomer = new HashMap<>();
        Map<String, Integer> liveByVolunteer = new HashMap<>();
        for (Match match : all) {
            if (match.newcomerId() != null && match.volunteerId() != null) {
                triedByNewcomer.computeIfAbsent(match.newcomerId(), id -> new HashSet<>()).add(match.volunteerId());
            }
            if (match.state().isLive() && match.volunteerId() != null) {
                liveByVolunteer.merge(match.volunteerId(), 1, Integer::sum);
            }
        }
        List<ProblemBuilder.OpenRequest> openRequests = new ArrayList<>();
        for (HelpRequest request : toMatch) {
            Newcomer newcomer = newcomersById.get(request.newcomerId());
            if (newcomer != null) {
                openRequests.add(new ProblemBuilder.OpenRequest(request, newcomer,
                        triedByNewcomer.getOrDefault(newcomer.id(), Set.of())));
            }
        }
        List<ProblemBuilder.AvailableCandidate> candidatesWithPlaces = available.stream()
                .map(candidate -> new ProblemBuilder.AvailableCandidate(candidate,
                        candidate.maxConcurrentMatches() - liveByVolunteer.getOrDefault(candidate.volunteerId(), 0)))
                .toList();
        return builder.problem(tenant, openRequests, candidatesWithPlaces, wanted);
    }

    private Mono<Outcome> store(String tenant, String organization, String scope, String runId, Instant started,
                                List<HelpRequest> toMatch, List<Candidate> available, Solved solved) {
        Instant now = Instant.now(clock);
        Map<String, HelpRequest> requestsById = toMatch.stream().collect(Collectors.toMap(HelpRequest::id, Function.identity()));
        Map<String, Candidate> candidatesById = available.stream()
                .collect(Collectors.toMap(Candidate::volunteerId, Function.identity()));
        List<MatchRepository.NewMatch> proposals = new ArrayList<>();
        for (Proposal proposal : solved.optimal().proposals()) {
            HelpRequest request = requestsById.get(proposal.seekerId());
            Candidate candidate = candidatesById.get(proposal.candidateId());
            // the id says which run proposed which pair: a retried store cannot propose it twice
            String id = UUID.nameUUIDFromBytes((runId + ":" + request.id() + ":" + candidate.volunteerId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            Match match = Match.proposed(id, tenant, organization, runId, request.id(), request.newcomerId(),
                    candidate.volunteerId(), candidate.account(), explanation(proposal), now);
            proposals.add(new MatchRepository.NewMatch(match, List.of(events.outboxMessage(MatchEvents.PROPOSED, tenant,
                    match.id(), MatchEvents.data(match)))));
        }
        MatchingRun run = new MatchingRun(runId, tenant, organization, scope, started,
                Duration.between(started, Instant.now(clock)).toMillis(), solved.problem().seekers().size(),
                solved.problem().candidates().size(), solved.optimal().feasiblePairs(), proposals.size(),
                solved.optimal().unmatchedSeekers().size(), solved.optimal().totalScore(), solved.greedy().totalScore(),
                solved.greedy().unmatchedSeekers().size());
        return matches.insertAll(proposals).collectList()
                .flatMap(stored -> runs.insert(run).map(saved -> new Outcome(saved, stored)));
    }

    static Explanation explanation(Proposal proposal) {
        return new Explanation(proposal.totalScore(),
                proposal.criteria().stream().map(score -> new Explanation.Score(score.criterion().value(), score.score(),
                        score.weight(), score.weighted())).toList(),
                proposal.constraintsMet(),
                proposal.alternatives().stream()
                        .map(alternative -> new Explanation.Alternative(alternative.candidateId(), alternative.totalScore()))
                        .toList());
    }
}
