package nl.onderop.directory.hsds.application;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.organization.application.OrganizationRepository;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.search.SearchQuery;
import nl.onderop.directory.service.application.PublicServiceCatalog;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;
import nl.onderop.directory.web.PageRequest;
import nl.onderop.platform.errors.ApiProblem;

/**
 * What the HSDS profile may show: published services of published organisations, nothing else. Withdrawing
 * an organisation withdraws its services one by one, not atomically; every read checks the organisation too,
 * so that nothing of it shows while that is under way (or if it was interrupted).
 * Services come from the in-memory catalogue; only the organisations are read from the store. Searching the
 * index and scanning the catalogue run on the bounded elastic scheduler, off the event loop.
 */
@Component
public class PublishedDirectory {

    private static final Comparator<String> DUTCH = dutchCollator();

    private final PublicServiceCatalog catalog;
    private final OrganizationRepository organizations;
    private final TaxonomyCatalog taxonomy;

    public PublishedDirectory(PublicServiceCatalog catalog, OrganizationRepository organizations,
                              TaxonomyCatalog taxonomy) {
        this.catalog = catalog;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
    }

    public Mono<Listing<PublishedService>> services(ServiceCriteria criteria, PageRequest page) {
        return publishedOrganizations().publishOn(Schedulers.boundedElastic())
                .map(published -> Listing.slice(matching(criteria, published), page));
    }

    public Mono<PublishedService> service(String id) {
        return Mono.justOrEmpty(catalog.published(id))
                .flatMap(this::withPublishedOrganization)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Service " + id)));
    }

    public Mono<Listing<PublishedServiceAtLocation>> servicesAtLocations(ServiceCriteria criteria, PageRequest page) {
        return publishedOrganizations().publishOn(Schedulers.boundedElastic()).map(published -> {
            List<PublishedServiceAtLocation> all = new ArrayList<>();
            matching(criteria, published).forEach(service -> service.entry().content().locations()
                    .forEach(location -> all.add(new PublishedServiceAtLocation(service, location))));
            return Listing.slice(all, page);
        });
    }

    public Mono<PublishedServiceAtLocation> serviceAtLocation(String id) {
        return Mono.fromCallable(() -> deliveredAt(id).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(found -> withPublishedOrganization(found.getKey())
                        .map(service -> new PublishedServiceAtLocation(service, found.getValue())))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Service at location " + id)));
    }

    /** Published organisations whose name or description contains {@code text} (any language), by name. */
    public Mono<Listing<PublishedOrganization>> organizations(String text, PageRequest page) {
        return organizations.findPublished()
                .filter(organization -> text == null || mentions(organization, text))
                .collectList()
                .map(found -> {
                    List<Organization> sorted = new ArrayList<>(found);
                    sorted.sort(Comparator.comparing(Organization::name, DUTCH).thenComparing(Organization::id));
                    Listing<Organization> listing = Listing.slice(sorted, page);
                    List<PublishedOrganization> items = listing.items().stream()
                            .map(organization -> new PublishedOrganization(organization, servicesOf(organization.id())))
                            .toList();
                    return new Listing<>(items, listing.totalItems(), page);
                });
    }

    public Mono<PublishedOrganization> organization(String id) {
        return organizations.findById(id)
                .filter(Organization::isPublished)
                .map(organization -> new PublishedOrganization(organization, servicesOf(organization.id())))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Organisation " + id)));
    }

    private Mono<Map<String, Organization>> publishedOrganizations() {
        return organizations.findPublished().collectMap(Organization::id);
    }

    private Mono<PublishedService> withPublishedOrganization(ServiceEntry entry) {
        return organizations.findById(entry.organizationId())
                .filter(Organization::isPublished)
                .map(organization -> new PublishedService(entry, organization));
    }

    /**
     * Every match in the index's order (relevance with text, else Dutch name), before paging: the filters
     * the index does not know (organisation, modification time, organisation published) come after it.
     * An activity goes to the index, which also finds the services filed under its narrower terms.
     */
    private List<PublishedService> matching(ServiceCriteria criteria, Map<String, Organization> published) {
        TaxonomyTerm term = criteria.term();
        boolean termIndexed = term != null && taxonomy.isActivity(term.code());
        SearchQuery query = new SearchQuery(criteria.text(), null, termIndexed ? term.code() : null, null, null, null,
                null, null, null, Set.of(), 1, Math.max(1, catalog.size()));
        List<PublishedService> result = new ArrayList<>();
        for (PublicServiceCatalog.Found found : catalog.search(query).found()) {
            ServiceEntry entry = found.entry();
            Organization organization = published.get(entry.organizationId());
            if (organization != null && passes(criteria, entry, termIndexed)) {
                result.add(new PublishedService(entry, organization));
            }
        }
        return result;
    }

    private static boolean passes(ServiceCriteria criteria, ServiceEntry entry, boolean termIndexed) {
        var content = entry.content();
        if (criteria.organizationId() != null && !criteria.organizationId().equals(entry.organizationId())) {
            return false;
        }
        if (criteria.modifiedAfter() != null && entry.updatedAt().isBefore(criteria.modifiedAfter())) {
            return false;
        }
        if (criteria.term() != null && !termIndexed) {
            String code = criteria.term().code();
            if (!content.categories().contains(code) && !content.targetGroups().contains(code)) {
                return false;
            }
        }
        return criteria.taxonomy() == null
                || hasTermOf(criteria.taxonomy().code(), content.categories(), content.targetGroups());
    }

    private static boolean hasTermOf(String taxonomyCode, List<String> categories, List<String> targetGroups) {
        return switch (taxonomyCode) {
            case TaxonomyCatalog.ACTIVITIES -> !categories.isEmpty();
            case TaxonomyCatalog.TARGET_GROUPS -> !targetGroups.isEmpty();
            default -> false;
        };
    }

    private List<ServiceEntry> servicesOf(String organizationId) {
        List<ServiceEntry> services = new ArrayList<>(catalog.allPublished().stream()
                .filter(entry -> entry.organizationId().equals(organizationId))
                .toList());
        services.sort(Comparator.comparing((ServiceEntry entry) -> entry.content().name().in(LocalizedText.DUTCH), DUTCH)
                .thenComparing(ServiceEntry::id));
        return services;
    }

    private static boolean mentions(Organization organization, String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (organization.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return organization.description().values().values().stream()
                .anyMatch(description -> description.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The service and location behind a service_at_location id: its id names the service, so at most one. */
    private Optional<Map.Entry<ServiceEntry, ServiceLocation>> deliveredAt(String serviceAtLocationId) {
        for (ServiceEntry entry : catalog.allPublished()) {
            for (ServiceLocation location : entry.content().locations()) {
                if (PublishedServiceAtLocation.idOf(entry.id(), location.id()).equals(serviceAtLocationId)) {
                    return Optional.of(Map.entry(entry, location));
                }
            }
        }
        return Optional.empty();
    }

    private static Comparator<String> dutchCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
