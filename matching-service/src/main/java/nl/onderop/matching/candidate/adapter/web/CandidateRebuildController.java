package nl.onderop.matching.candidate.adapter.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.candidate.application.RebuildCandidates;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.security.PlatformPrincipal;

/** Ops: rebuild the candidates read model from the volunteer topic (platform admins only; audited). */
@RestController
class CandidateRebuildController {

    static final String REBUILD = "candidates.rebuild";

    private final RebuildCandidates rebuild;
    private final AuditLog audit;

    CandidateRebuildController(RebuildCandidates rebuild, AuditLog audit) {
        this.rebuild = rebuild;
        this.audit = audit;
    }

    @PostMapping("/api/matching/v1/candidate-rebuilds")
    Mono<RebuildCandidates.Report> rebuild(@AuthenticationPrincipal PlatformPrincipal principal) {
        return rebuild.rebuild(MatchingAccessOf.principal(principal))
                .flatMap(report -> audit.record(AuditEntry.of(REBUILD, principal, null, "candidates", "all",
                        AuditOutcome.SUCCESS)).thenReturn(report));
    }
}
