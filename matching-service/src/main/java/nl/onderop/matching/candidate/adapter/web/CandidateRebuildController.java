package nl.onderop.matching.candidate.adapter.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.candidate.application.RebuildCandidates;
import nl.onderop.platform.security.PlatformPrincipal;

/** Ops: rebuild the candidates read model from the volunteer topic (platform admins only). */
@RestController
class CandidateRebuildController {

    private final RebuildCandidates rebuild;

    CandidateRebuildController(RebuildCandidates rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/matching/v1/candidate-rebuilds")
    Mono<RebuildCandidates.Report> rebuild(@AuthenticationPrincipal PlatformPrincipal principal) {
        return rebuild.rebuild(MatchingAccessOf.principal(principal));
    }
}
