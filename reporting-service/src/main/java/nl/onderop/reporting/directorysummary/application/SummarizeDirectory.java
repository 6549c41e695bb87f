package nl.onderop.reporting.directorysummary.application;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.web.TenantRegistry;
import nl.onderop.reporting.directorysummary.domain.DirectorySummary;
import nl.onderop.reporting.directorysummary.domain.ReportAccess;

@Service
public class SummarizeDirectory {

    private final OrganizationFacts facts;
    private final TenantRegistry tenants;

    public SummarizeDirectory(OrganizationFacts facts, TenantRegistry tenants) {
        this.facts = facts;
        this.tenants = tenants;
    }

    public Mono<DirectorySummary> summarize(ReportAccess access, String requestedTenant) {
        return Mono.defer(() -> {
            if (!access.mayReadReports()) {
                return Mono.error(ApiProblem.forbidden("Reports are for coordinators."));
            }
            String tenant = requestedTenant != null ? tenants.requireKnown("tenant", requestedTenant)
                    : access.defaultTenant().orElseThrow(() -> ApiProblem.invalid("tenant", "required",
                    "You act in several tenants: name one."));
            if (!access.mayReadTenant(tenant)) {
                return Mono.error(ApiProblem.notFound("A directory summary for this tenant"));
            }
            return facts.countByType(tenant).map(counted -> DirectorySummary.of(tenant, counted));
        });
    }
}
