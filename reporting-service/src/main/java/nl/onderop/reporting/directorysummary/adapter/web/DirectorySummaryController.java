package nl.onderop.reporting.directorysummary.adapter.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.security.PlatformRole;
import nl.onderop.reporting.directorysummary.application.SummarizeDirectory;
import nl.onderop.reporting.directorysummary.domain.DirectorySummary;
import nl.onderop.reporting.directorysummary.domain.ReportAccess;

@RestController
class DirectorySummaryController {

    private final SummarizeDirectory summarizeDirectory;

    DirectorySummaryController(SummarizeDirectory summarizeDirectory) {
        this.summarizeDirectory = summarizeDirectory;
    }

    @GetMapping("/api/reports/v1/directory-summary")
    Mono<DirectorySummary> directorySummary(@AuthenticationPrincipal PlatformPrincipal principal,
                                            @RequestParam(required = false) String tenant) {
        Set<String> roles = principal.roles().stream().map(PlatformRole::claimValue).collect(Collectors.toSet());
        return summarizeDirectory.summarize(new ReportAccess(roles, principal.tenants()), tenant);
    }
}
