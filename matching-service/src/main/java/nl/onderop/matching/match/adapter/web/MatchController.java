package nl.onderop.matching.match.adapter.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.common.adapter.web.Paging;
import nl.onderop.matching.match.application.FindMatches;
import nl.onderop.matching.match.application.MatchLifecycle;
import nl.onderop.matching.match.domain.EndReason;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

/** Matches: the coordinator's list, one match, and every lifecycle step as a PUT on a sub-resource. */
@RestController
class MatchController {

    private static final String BASE = "/api/matching/v1";
    /** The coordinator's decision on a proposed match: a role-relevant change, on the audit trail. */
    static final String APPROVED = "match.approve";
    static final String REJECTED = "match.reject";

    record DecisionRequest(@NotNull Boolean approve) {
    }

    record AnswerRequest(@NotNull Boolean accept) {
    }

    record PhaseRequest(@NotBlank String state) {
    }

    record EndingRequest(@NotBlank String reason) {
    }

    record MatchListResponse(List<MatchResponse> matches, Paging.PageInfo page) {
    }

    private final FindMatches find;
    private final MatchLifecycle lifecycle;
    private final AuditLog audit;

    MatchController(FindMatches find, MatchLifecycle lifecycle, AuditLog audit) {
        this.find = find;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @GetMapping(BASE + "/matches")
    Mono<MatchListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal, @RequestParam Optional<String> state,
                                 @RequestParam(defaultValue = "1") int page,
                                 @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        MatchState wanted = state.map(value -> MatchState.fromValue(value).orElseThrow(() -> ApiProblem.invalid("state",
                "enum", "One of proposed, approved, accepted, introduction, trial, active, ended, declined."))).orElse(null);
        return find.ofOrganization(MatchingAccessOf.principal(principal), wanted, page, pageSize)
                .map(found -> new MatchListResponse(found.matches().stream().map(MatchResponse::of).toList(),
                        Paging.PageInfo.of(page, pageSize, found.total())));
    }

    @GetMapping(BASE + "/matches/{id}")
    Mono<MatchResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return find.visible(MatchingAccessOf.principal(principal), id).map(MatchResponse::of);
    }

    @GetMapping(BASE + "/me/matches")
    Mono<MatchListResponse> own(@AuthenticationPrincipal PlatformPrincipal principal) {
        return find.own(MatchingAccessOf.principal(principal)).map(list -> new MatchListResponse(
                list.stream().map(MatchResponse::of).toList(), Paging.PageInfo.of(1, Math.max(1, list.size()), list.size())));
    }

    @PutMapping(BASE + "/matches/{id}/decision")
    Mono<MatchResponse> decide(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                               @Valid @RequestBody DecisionRequest request) {
        MatchingAccess access = MatchingAccessOf.principal(principal);
        return seen(access, lifecycle.decide(access, id, request.approve())
                .flatMap(decided -> audit.record(AuditEntry.of(request.approve() ? APPROVED : REJECTED, principal,
                        decided.tenant(), "match", decided.id(), AuditOutcome.SUCCESS)).thenReturn(decided)));
    }

    @PutMapping(BASE + "/matches/{id}/volunteer-answer")
    Mono<MatchResponse> volunteerAnswer(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                        @Valid @RequestBody AnswerRequest request) {
        MatchingAccess access = MatchingAccessOf.principal(principal);
        return seen(access, lifecycle.answerAsVolunteer(access, id, request.accept()));
    }

    @PutMapping(BASE + "/matches/{id}/newcomer-answer")
    Mono<MatchResponse> newcomerAnswer(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                       @Valid @RequestBody AnswerRequest request) {
        MatchingAccess access = MatchingAccessOf.principal(principal);
        return seen(access, lifecycle.answerAsNewcomer(access, id, request.accept()));
    }

    @PutMapping(BASE + "/matches/{id}/phase")
    Mono<MatchResponse> advance(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                @Valid @RequestBody PhaseRequest request) {
        MatchState target = MatchState.fromValue(request.state())
                .filter(state -> state == MatchState.INTRODUCTION || state == MatchState.TRIAL || state == MatchState.ACTIVE)
                .orElseThrow(() -> ApiProblem.invalid("state", "enum", "One of introduction, trial, active."));
        MatchingAccess access = MatchingAccessOf.principal(principal);
        return seen(access, lifecycle.advance(access, id, target));
    }

    @PutMapping(BASE + "/matches/{id}/ending")
    Mono<MatchResponse> end(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                            @Valid @RequestBody EndingRequest request) {
        EndReason reason = EndReason.fromValue(request.reason()).orElseThrow(() -> ApiProblem.invalid("reason", "enum",
                "One of completed, no-click, volunteer-stopped, newcomer-moved, other."));
        MatchingAccess access = MatchingAccessOf.principal(principal);
        return seen(access, lifecycle.end(access, id, reason));
    }

    /** The changed match as the caller sees it (after a decline the person itself still sees its own answer). */
    private Mono<MatchResponse> seen(MatchingAccess access, Mono<Match> changed) {
        return changed.flatMap(match -> find.visible(access, match.id())
                .onErrorResume(ApiProblem.class, hidden -> Mono.just(new FindMatches.SeenMatch(match, null))))
                .map(MatchResponse::of);
    }
}
