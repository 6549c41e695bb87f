package nl.onderop.matching.match.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.match.application.FindMatches;
import nl.onderop.matching.match.application.ManageMatchSettings;
import nl.onderop.matching.match.application.MatchingRun;
import nl.onderop.matching.match.application.MatchingRunRepository;
import nl.onderop.matching.match.application.RunMatching;
import nl.onderop.matching.match.domain.MatchSettings;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

/** Starting a matching run and reading past runs; an organisation's weights and rules. */
@RestController
class MatchingRunController {

    private static final String BASE = "/api/matching/v1";

    record RunRequest(String scope) {
    }

    record RunResponse(MatchingRun run, List<MatchResponse> proposals) {
    }

    record RunListResponse(List<MatchingRun> runs) {
    }

    record SettingsRequest(Map<String, Integer> weights, Integer minimumLanguageLevel, String districtRule,
                           Double maxDistanceKm, Integer minimumOverlapMinutes, Long version) {
    }

    private final RunMatching runMatching;
    private final MatchingRunRepository runs;
    private final ManageMatchSettings settings;

    MatchingRunController(RunMatching runMatching, MatchingRunRepository runs, ManageMatchSettings settings) {
        this.runMatching = runMatching;
        this.runs = runs;
        this.settings = settings;
    }

    @PostMapping(BASE + "/matching-runs")
    Mono<ResponseEntity<RunResponse>> run(@AuthenticationPrincipal PlatformPrincipal principal,
                                          @Valid @RequestBody RunRequest request) {
        String scope = request.scope() == null ? RunMatching.SCOPE_ORGANIZATION : request.scope();
        if (!RunMatching.SCOPE_ORGANIZATION.equals(scope) && !RunMatching.SCOPE_POOL.equals(scope)) {
            return Mono.error(ApiProblem.invalid("scope", "enum", "organization or pool."));
        }
        return runMatching.run(MatchingAccessOf.principal(principal), scope)
                .map(outcome -> ResponseEntity.created(URI.create(BASE + "/matching-runs/" + outcome.run().id()))
                        .body(new RunResponse(outcome.run(), outcome.proposals().stream()
                                .map(match -> MatchResponse.of(new FindMatches.SeenMatch(match, null))).toList())));
    }

    @GetMapping(BASE + "/matching-runs")
    Mono<RunListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal) {
        var access = MatchingAccessOf.principal(principal);
        if (!access.isCoordinator() || access.soleTenant().isEmpty()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators of one tenant see their runs."));
        }
        return runs.findByOrganization(access.soleTenant().get(), access.organization(), 50).collectList()
                .map(RunListResponse::new);
    }

    @GetMapping(BASE + "/matching-settings")
    Mono<MatchSettings> settings(@AuthenticationPrincipal PlatformPrincipal principal) {
        return settings.current(MatchingAccessOf.principal(principal));
    }

    @PutMapping(BASE + "/matching-settings")
    Mono<MatchSettings> changeSettings(@AuthenticationPrincipal PlatformPrincipal principal,
                                       @RequestBody SettingsRequest request) {
        MatchSettings defaults = MatchSettings.defaults("-", "-");
        return settings.change(MatchingAccessOf.principal(principal),
                request.weights() == null ? Map.of() : request.weights(),
                request.minimumLanguageLevel() == null ? defaults.minimumLanguageLevel() : request.minimumLanguageLevel(),
                request.districtRule() == null ? defaults.districtRule() : request.districtRule(),
                request.maxDistanceKm() == null ? defaults.maxDistanceKm() : request.maxDistanceKm(),
                request.minimumOverlapMinutes() == null ? defaults.minimumOverlapMinutes() : request.minimumOverlapMinutes(),
                request.version() == null ? 0 : request.version());
    }
}
