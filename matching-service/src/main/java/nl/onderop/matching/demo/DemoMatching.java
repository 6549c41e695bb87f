package nl.onderop.matching.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.candidate.application.CandidateRepository;
import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.common.domain.TimeSlot;
import nl.onderop.matching.match.application.MatchLifecycle;
import nl.onderop.matching.match.application.RunMatching;
import nl.onderop.matching.match.domain.EndReason;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.matching.newcomer.application.ManageNewcomers;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.referral.application.DirectoryListings;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;
import nl.onderop.matching.request.application.ManageHelpRequests;
import nl.onderop.matching.request.domain.RequestKind;
import nl.onderop.matching.request.domain.Urgency;

/**
 * Demo data ({@code onderop.demo-data.enabled}): invented newcomers and their requests from
 * {@code demo/matching-demo.json}, matched by the real engine once the demo volunteers (and the directory's
 * services) have arrived as events; ten matches per organisation moved through every lifecycle state, with goals,
 * evaluations and a story; a few referrals between the demo organisations. Loaded once (a marker document).
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoMatching implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);
    static final String RESOURCE = "demo/matching-demo.json";
    static final String MARKERS = "demo_loads";
    static final String MARKER = "matching-demo";
    /** The demo volunteer service publishes 102 volunteers; wait for most of them, at most {@link #PATIENCE}. */
    static final Duration PATIENCE = Duration.ofMinutes(4);

    record DemoFile(String description, List<DemoNewcomer> newcomers) {
    }

    record DemoNewcomer(String tenant, String organization, String account, String alias, List<Language> languages,
                        List<String> interests, List<String> needs, List<DemoSlot> availability, String district,
                        String ageBand, String preferredVolunteerGender, List<String> offeredSkills,
                        List<String> offeredLanguages, List<DemoRequest> requests) {
    }

    record DemoSlot(String day, String from, String to) {
    }

    record DemoRequest(String kind, String description, String urgency) {
    }

    private final ReactiveMongoTemplate mongo;
    private final CandidateRepository candidates;
    private final ManageNewcomers newcomers;
    private final ManageHelpRequests requests;
    private final RunMatching runMatching;
    private final MatchLifecycle lifecycle;
    private final JsonMapper json;
    private final Clock clock;
    private final long expectedCandidates;
    private final long expectedServices;
    private final DemoOutcomes outcomes;
    private final DemoReferrals referrals;
    private final NewcomerRepository newcomerRepository;
    private final DirectoryListings listings;
    private volatile Disposable running;

    DemoMatching(ReactiveMongoTemplate mongo, CandidateRepository candidates, ManageNewcomers newcomers,
                 ManageHelpRequests requests, RunMatching runMatching, MatchLifecycle lifecycle, JsonMapper json,
                 Clock clock, DemoOutcomes outcomes, DemoReferrals referrals, NewcomerRepository newcomerRepository,
                 DirectoryListings listings,
                 @Value("${onderop.matching.demo.expected-candidates:90}") long expectedCandidates,
                 @Value("${onderop.matching.demo.expected-services:40}") long expectedServices) {
        this.mongo = mongo;
        this.candidates = candidates;
        this.newcomers = newcomers;
        this.requests = requests;
        this.runMatching = runMatching;
        this.lifecycle = lifecycle;
        this.json = json;
        this.clock = clock;
        this.expectedCandidates = expectedCandidates;
        this.expectedServices = expectedServices;
        this.outcomes = outcomes;
        this.referrals = referrals;
        this.newcomerRepository = newcomerRepository;
        this.listings = listings;
    }

    @Override
    public void start() {
        Instant since = Instant.now(clock);
        running = Flux.interval(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .concatMap(tick -> ready(since), 1)
                .filter(Boolean::booleanValue)
                .next()
                .flatMap(ready -> load())
                .subscribe(loaded -> log.info("Matching demo data: {}", loaded),
                        failed -> log.warn("Matching demo data could not be loaded: {}", failed.toString()));
    }

    /** Loaded already (nothing to do), or enough volunteers arrived, or waited long enough. */
    private Mono<Boolean> ready(Instant since) {
        return Mono.zip(candidates.count(), listings.countPublished()).map(counts ->
                (counts.getT1() >= expectedCandidates && counts.getT2() >= expectedServices)
                        || Duration.between(since, Instant.now(clock)).compareTo(PATIENCE) > 0);
    }

    private Mono<String> load() {
        Document marker = new Document("_id", MARKER).append("loadedAt", Date.from(Instant.now(clock)));
        return mongo.getCollection(MARKERS)
                .flatMap(collection -> Mono.from(collection.insertOne(marker)))
                .then(Mono.fromCallable(this::read))
                .flatMap(file -> Flux.fromIterable(file.newcomers()).concatMap(this::register).count()
                        .flatMap(count -> Flux.fromIterable(organisations(file)).concatMap(this::match).count()
                                .flatMap(runs -> refer(file).map(referred -> count + " newcomers, " + runs
                                        + " matching runs, " + referred + " referrals"))))
                .flatMap(summary -> mongo.getCollection(MARKERS)
                        .flatMap(collection -> Mono.from(collection.updateOne(new Document("_id", MARKER),
                                new Document("$set", new Document("finishedAt", Date.from(Instant.now(clock)))
                                        .append("summary", summary)))))
                        .thenReturn(summary))
                .onErrorResume(error -> error.getMessage() != null && error.getMessage().contains("E11000"),
                        loadedBefore -> Mono.just("loaded before"));
    }

    private DemoFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Mono<String> register(DemoNewcomer entry) {
        NewcomerProfile profile = new NewcomerProfile(entry.alias(), entry.languages(), entry.interests(), entry.needs(),
                entry.availability().stream().map(slot -> new TimeSlot(DayOfWeek.valueOf(slot.day().toUpperCase(Locale.ROOT)),
                        LocalTime.parse(slot.from()), LocalTime.parse(slot.to()))).toList(),
                entry.district(), entry.ageBand(), entry.preferredVolunteerGender(), entry.offeredSkills(),
                entry.offeredLanguages());
        String account = entry.account() == null ? null : demoUserId(entry.account());
        return newcomers.registerTrusted(entry.tenant(), entry.organization(), account, profile, ManageNewcomers.CONSENT_VERSION)
                .flatMapMany(newcomer -> Flux.fromIterable(entry.requests()).concatMap(request -> requests.open(newcomer,
                        RequestKind.fromValue(request.kind()).orElseThrow(),
                        request.description(), Urgency.fromValue(request.urgency()).orElse(Urgency.NORMAL))))
                .then(Mono.just(entry.alias()));
    }

    /** The stable id of a dev-realm user, as the realm import and the volunteer demo give it. */
    static String demoUserId(String username) {
        return UUID.nameUUIDFromBytes(("onderop-demo-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private record Organisation(String tenant, String organization) {
    }

    private static List<Organisation> organisations(DemoFile file) {
        return file.newcomers().stream().map(entry -> new Organisation(entry.tenant(), entry.organization()))
                .distinct().toList();
    }

    /** A pool run per organisation; then its proposals are moved to the states the demo shows. */
    private Mono<String> match(Organisation organisation) {
        MatchingAccess coordinator = new MatchingAccess(Set.of("org-coordinator"), Set.of(organisation.tenant()),
                organisation.organization(), "demo-loader");
        return runMatching.run(organisation.tenant(), organisation.organization(), RunMatching.SCOPE_POOL)
                .flatMapMany(outcome -> Flux.fromIterable(outcome.proposals().stream()
                        .sorted(Comparator.comparing(Match::requestId)).toList()).index())
                .concatMap(indexed -> advance(coordinator, indexed.getT2(), DemoScript.target(indexed.getT1().intValue()))
                        .onErrorResume(notPossible -> {
                            // e.g. a newcomer with an own account answers for itself: this match stays where it got
                            log.debug("Demo match {} stays as it is: {}", indexed.getT2().id(), notPossible.getMessage());
                            return Mono.empty();
                        }))
                .then(Mono.just(organisation.organization()));
    }

    private Mono<Match> advance(MatchingAccess coordinator, Match match, DemoScript.Target target) {
        if (target.state() == MatchState.PROPOSED) {
            return Mono.just(match);
        }
        if (target.state() == MatchState.DECLINED && "coordinator".equals(target.declinedBy())) {
            return lifecycle.decide(coordinator, match.id(), false);
        }
        MatchingAccess volunteer = match.volunteerAccount() == null ? coordinator
                : new MatchingAccess(Set.of("volunteer"), Set.of(match.tenant()), null, match.volunteerAccount());
        Mono<Match> approved = lifecycle.decide(coordinator, match.id(), true);
        if (target.state() == MatchState.APPROVED) {
            return approved;
        }
        if (target.state() == MatchState.DECLINED) {
            return approved.then(lifecycle.answerAsVolunteer(volunteer, match.id(), false));
        }
        Mono<Match> accepted = approved.then(lifecycle.answerAsVolunteer(volunteer, match.id(), true))
                .then(lifecycle.answerAsNewcomer(coordinator, match.id(), true));
        Mono<Match> current = accepted;
        for (MatchState phase : List.of(MatchState.INTRODUCTION, MatchState.TRIAL, MatchState.ACTIVE)) {
            if (target.state().ordinal() >= phase.ordinal() || target.state() == MatchState.ENDED) {
                current = current.then(lifecycle.advance(coordinator, match.id(), phase));
                if (phase == MatchState.INTRODUCTION) {
                    current = current.flatMap(started -> outcomes.intake(coordinator, started).thenReturn(started));
                }
                if (phase == MatchState.ACTIVE) {
                    current = current.flatMap(active -> outcomes.interim(coordinator, active).thenReturn(active));
                }
            }
        }
        if (target.state() != MatchState.ENDED) {
            return current;
        }
        Mono<Match> evaluated = target.endReason() == EndReason.COMPLETED
                ? current.flatMap(active -> outcomes.end(coordinator, active).thenReturn(active))
                : current;
        return evaluated.then(lifecycle.end(coordinator, match.id(), target.endReason()));
    }

    /** Two newcomers of each demo organisation are referred to services of the tenant's other demo organisations. */
    private Mono<Long> refer(DemoFile file) {
        return Flux.fromIterable(organisations(file)).concatMap(organisation -> newcomerRepository
                        .findByOrganization(organisation.tenant(), organisation.organization(), 0, 2).collectList()
                        .flatMap(two -> referrals.refer(organisation.tenant(), organisation.organization(), two,
                                organisations(file).stream().filter(other -> other.tenant().equals(organisation.tenant()))
                                        .map(Organisation::organization).collect(Collectors.toSet())))
                        .onErrorResume(failed -> {
                            log.debug("Demo referrals of {} skipped: {}", organisation.organization(), failed.getMessage());
                            return Mono.just(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }

    /** Which state the n-th proposal of an organisation is moved to in the demo: one of each, the rest stay proposed. */
    static final class DemoScript {

        record Target(MatchState state, String declinedBy, EndReason endReason) {
        }

        private static final List<Target> SCRIPT = List.of(
                new Target(MatchState.ACTIVE, null, null),
                new Target(MatchState.APPROVED, null, null),
                new Target(MatchState.TRIAL, null, null),
                new Target(MatchState.INTRODUCTION, null, null),
                new Target(MatchState.ENDED, null, EndReason.COMPLETED),
                new Target(MatchState.ACCEPTED, null, null),
                new Target(MatchState.DECLINED, "volunteer", null),
                new Target(MatchState.ENDED, null, EndReason.NO_CLICK),
                new Target(MatchState.ACTIVE, null, null),
                new Target(MatchState.DECLINED, "coordinator", null));

        private DemoScript() {
        }

        static Target target(int index) {
            return index < SCRIPT.size() ? SCRIPT.get(index) : new Target(MatchState.PROPOSED, null, null);
        }
    }
}
