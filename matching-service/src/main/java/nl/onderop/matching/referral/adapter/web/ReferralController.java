package nl.onderop.matching.referral.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.common.adapter.web.Paging;
import nl.onderop.matching.referral.application.ChangeReferralStatus;
import nl.onderop.matching.referral.application.FindReferrals;
import nl.onderop.matching.referral.application.ReferNewcomer;
import nl.onderop.matching.referral.application.ReferralRepository;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

/** Referrals: made from a newcomer, listed per organisation and for the newcomer, answered with a status change. */
@RestController
class ReferralController {

    private static final String BASE = "/api/matching/v1";

    record StatusRequest(@NotBlank String status, @Size(max = Referral.MAX_OUTCOME) String outcome, Long version) {
    }

    record ReferralListResponse(List<ReferralResponse> referrals, Paging.PageInfo page) {
    }

    private final ReferNewcomer refer;
    private final FindReferrals find;
    private final ChangeReferralStatus change;

    ReferralController(ReferNewcomer refer, FindReferrals find, ChangeReferralStatus change) {
        this.refer = refer;
        this.find = find;
        this.change = change;
    }

    @PostMapping(BASE + "/newcomers/{id}/referrals")
    Mono<ResponseEntity<ReferralResponse>> refer(@AuthenticationPrincipal PlatformPrincipal principal,
                                                 @PathVariable String id, @Valid @RequestBody ReferralRequest request) {
        return refer.refer(MatchingAccessOf.principal(principal), id, request.command())
                .map(seen -> ResponseEntity.created(URI.create(BASE + "/referrals/" + seen.referral().id()))
                        .body(ReferralResponse.of(seen)));
    }

    @GetMapping(BASE + "/referrals")
    Mono<ReferralListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @RequestParam Optional<String> direction, @RequestParam Optional<String> status,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        ReferralRepository.Direction wanted = direction.map(ReferralController::direction)
                .orElse(ReferralRepository.Direction.BOTH);
        ReferralStatus inStatus = status.map(value -> status(value, "status")).orElse(null);
        return find.ofOrganization(MatchingAccessOf.principal(principal), wanted, inStatus, page, pageSize)
                .map(found -> list(found, page, pageSize));
    }

    @GetMapping(BASE + "/referrals/{id}")
    Mono<ReferralResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return find.visible(MatchingAccessOf.principal(principal), id).map(ReferralResponse::of);
    }

    @PutMapping(BASE + "/referrals/{id}/status")
    Mono<ReferralResponse> changeStatus(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                        @Valid @RequestBody StatusRequest request) {
        ReferralStatus target = status(request.status(), "status");
        if (target == ReferralStatus.CREATED) {
            throw ApiProblem.invalid("status", "enum", "One of accepted, declined, completed, withdrawn.");
        }
        return change.change(MatchingAccessOf.principal(principal), id, target, request.outcome(), request.version())
                .map(ReferralResponse::of);
    }

    @GetMapping(BASE + "/me/referrals")
    Mono<ReferralListResponse> own(@AuthenticationPrincipal PlatformPrincipal principal,
                                   @RequestParam(defaultValue = "1") int page,
                                   @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        return find.own(MatchingAccessOf.principal(principal), page, pageSize).map(found -> list(found, page, pageSize));
    }

    private static ReferralListResponse list(FindReferrals.Page found, int page, int pageSize) {
        return new ReferralListResponse(found.referrals().stream().map(ReferralResponse::of).toList(),
                Paging.PageInfo.of(page, pageSize, found.total()));
    }

    private static ReferralRepository.Direction direction(String value) {
        return switch (value) {
            case "outgoing" -> ReferralRepository.Direction.OUTGOING;
            case "incoming" -> ReferralRepository.Direction.INCOMING;
            default -> throw ApiProblem.invalid("direction", "enum", "One of outgoing, incoming.");
        };
    }

    private static ReferralStatus status(String value, String field) {
        return ReferralStatus.fromValue(value).orElseThrow(() -> ApiProblem.invalid(field,
                "enum", "One of created, accepted, declined, completed, withdrawn."));
    }
}
