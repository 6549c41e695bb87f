package nl.onderop.directory.insights.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.directory.insights.domain.InsightsCalculation;
import nl.onderop.directory.insights.domain.RegieInsights;
import nl.onderop.directory.organization.application.OrganizationRepository;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.service.application.ServiceRepository;
import nl.onderop.directory.service.application.VerificationPeriods;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.web.TenantRegistry;

/** The regie overview for a municipality coordinator, from the directory's own data of that tenant only. */
@Component
public class ComputeInsights {

    private final ServiceRepository services;
    private final OrganizationRepository organizations;
    private final TaxonomyCatalog taxonomy;
    private final VerificationPeriods periods;
    private final TenantRegistry tenants;
    private final Clock clock;

    public ComputeInsights(ServiceRepository services, OrganizationRepository organizations, TaxonomyCatalog taxonomy,
                           VerificationPeriods periods, TenantRegistry tenants, Clock clock) {
        this.tenants = tenants;
        this.services = services;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.periods = periods;
        this.clock = clock;
    }

    public Mono<RegieInsights> forTenant(DirectoryAccess access, String tenant, String language) {
        tenants.requireKnown("tenant", tenant);
        if (!access.maySeeInsightsOf(tenant)) {
            return Mono.error(ApiProblem.forbidden("Only the municipality coordinator of this tenant sees its insights."));
        }
        LocalDate today = LocalDate.now(clock.withZone(ServiceEntry.DIRECTORY_ZONE));
        return Mono.zip(
                        organizations.findByTenant(tenant).filter(organization -> organization.isPublished()).count(),
                        services.findByTenant(tenant).collectList())
                .map(found -> InsightsCalculation.compute(tenant, today,
                        taxonomy.activityLeaves().stream().map(TaxonomyTerm::code).toList(),
                        found.getT1().intValue(), found.getT2(), periods.of(tenant), language));
    }
}
