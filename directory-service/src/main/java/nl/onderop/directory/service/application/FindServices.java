package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.FindOrganizations;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.VerificationPeriod;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.web.TenantRegistry;

/** Reads of services: one by id, an organisation's list for its editors, and the entries due for verification. */
@Component
public class FindServices {

    public record Stale(ServiceEntry entry, LocalDate dueOn, int periodsOverdue) {
    }

    private final ServiceRepository services;
    private final PublicServiceCatalog catalog;
    private final FindOrganizations organizations;
    private final VerificationPeriods periods;
    private final TenantRegistry tenants;
    private final Clock clock;

    public FindServices(ServiceRepository services, PublicServiceCatalog catalog, FindOrganizations organizations,
                        VerificationPeriods periods, TenantRegistry tenants, Clock clock) {
        this.tenants = tenants;
        this.services = services;
        this.catalog = catalog;
        this.organizations = organizations;
        this.periods = periods;
        this.clock = clock;
    }

    /** A published service comes from the in-memory catalogue; anything else from the store, if the caller may see it. */
    public Mono<ServiceEntry> byId(DirectoryAccess access, String id) {
        return Mono.justOrEmpty(catalog.published(id))
                .switchIfEmpty(Mono.defer(() -> services.findById(id)))
                .filter(entry -> access.maySeeEntryOf(entry.tenant(), entry.organizationSlug(), entry.isPublished()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Service " + id)));
    }

    /** Every service of the organisation that the caller may see: drafts too for its editors. */
    public Flux<ServiceEntry> ofOrganization(DirectoryAccess access, String organizationId) {
        return organizations.byId(access, organizationId)
                .flatMapMany(organization -> services.findByOrganization(organization.id()))
                .filter(entry -> access.maySeeEntryOf(entry.tenant(), entry.organizationSlug(), entry.isPublished()));
    }

    /** Published entries past their verification date: the tenant's for its municipality, its own for an organisation. */
    public Mono<List<Stale>> stale(DirectoryAccess access, String tenant) {
        tenants.requireKnown("tenant", tenant);
        boolean municipality = access.isMunicipalityCoordinatorIn(tenant);
        boolean organization = access.ownOrganization().isPresent() && access.tenants().contains(tenant);
        if (!municipality && !organization) {
            return Mono.error(ApiProblem.forbidden("Only the municipality and organisations of this tenant see its stale entries."));
        }
        VerificationPeriod period = periods.of(tenant);
        LocalDate today = LocalDate.now(clock.withZone(ServiceEntry.DIRECTORY_ZONE));
        return services.findPublishedConfirmedOnOrBefore(tenant, today.minus(period.length()))
                .filter(entry -> access.mayFollowUp(entry.tenant(), entry.organizationSlug()))
                .map(entry -> new Stale(entry, period.dueOn(entry), period.periodsOverdue(entry, today)))
                .filter(stale -> stale.periodsOverdue() > 0)
                .collectSortedList(Comparator.comparing(Stale::dueOn).thenComparing(stale -> stale.entry().id()));
    }
}
