package nl.onderop.directory.hsds.adapter.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.hsds.application.PublishedDirectory;
import nl.onderop.directory.hsds.application.PublishedService;
import nl.onderop.directory.hsds.application.PublishedServiceAtLocation;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * HSDS services and services at locations: paged lists with the one-to-one fields (all fields with
 * {@code full=true}) and single reads with everything. Published entries of published organisations only.
 */
@RestController
@RequestMapping(HsdsApi.BASE)
class HsdsServiceController {

    private final PublishedDirectory directory;
    private final TaxonomyCatalog taxonomy;
    private final HsdsServiceMapper services;
    private final HsdsOrganizationMapper organizations;

    HsdsServiceController(PublishedDirectory directory, TaxonomyCatalog taxonomy, HsdsServiceMapper services,
                          HsdsOrganizationMapper organizations) {
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.services = services;
        this.organizations = organizations;
    }

    @GetMapping("/services")
    Mono<ResponseEntity<HsdsPage<HsdsObjects.Service>>> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                                             ServerWebExchange exchange) {
        return Mono.defer(() -> {
            HsdsParameters.ServiceList query = new HsdsParameters(taxonomy, exchange).serviceList();
            boolean full = query.full();
            String language = PublicReads.language(exchange);
            return directory.services(query.criteria(), query.page()).map(listing -> PublicReads.respond(exchange, principal == null,
                    language, HsdsCacheKeys.builtFrom(exchange, taxonomy, listing.totalItems(), versions(listing.items())),
                    HsdsPage.of(listing, found -> full ? full(found, language) : summary(found, language))));
        });
    }

    @GetMapping("/services/{id}")
    Mono<ResponseEntity<HsdsObjects.Service>> get(@AuthenticationPrincipal PlatformPrincipal principal,
                                                  @PathVariable String id, ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        return directory.service(id).map(found -> PublicReads.respond(exchange, principal == null, language,
                HsdsCacheKeys.builtFrom(exchange, taxonomy, 1, versions(List.of(found))), full(found, language)));
    }

    @GetMapping("/service_at_locations")
    Mono<ResponseEntity<HsdsPage<HsdsObjects.ServiceAtLocation>>> listAtLocations(
            @AuthenticationPrincipal PlatformPrincipal principal, ServerWebExchange exchange) {
        return Mono.defer(() -> {
            HsdsParameters.ServiceList query = new HsdsParameters(taxonomy, exchange).serviceList();
            boolean full = query.full();
            String language = PublicReads.language(exchange);
            return directory.servicesAtLocations(query.criteria(), query.page()).map(listing -> PublicReads.respond(exchange,
                    principal == null, language,
                    HsdsCacheKeys.builtFrom(exchange, taxonomy, listing.totalItems(),
                            versions(listing.items().stream().map(PublishedServiceAtLocation::service).toList())),
                    HsdsPage.of(listing, delivered -> atLocation(delivered, full, language))));
        });
    }

    @GetMapping("/service_at_locations/{id}")
    Mono<ResponseEntity<HsdsObjects.ServiceAtLocation>> getAtLocation(
            @AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id, ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        return directory.serviceAtLocation(id).map(delivered -> PublicReads.respond(exchange, principal == null,
                language, HsdsCacheKeys.builtFrom(exchange, taxonomy, 1, versions(List.of(delivered.service()))),
                atLocation(delivered, true, language)));
    }

    private HsdsObjects.Service summary(PublishedService found, String language) {
        return services.summary(found.entry(), organizations.summary(found.organization(), language), language);
    }

    private HsdsObjects.Service full(PublishedService found, String language) {
        return services.full(found.entry(), organizations.withPhones(found.organization(), language), true, language);
    }

    private HsdsObjects.ServiceAtLocation atLocation(PublishedServiceAtLocation delivered, boolean full,
                                                     String language) {
        var organization = delivered.service().organization();
        return services.serviceAtLocation(delivered, full ? organizations.withPhones(organization, language)
                : organizations.summary(organization, language), full, language);
    }

    private static List<String> versions(List<PublishedService> found) {
        return found.stream()
                .map(service -> service.entry().id() + ":" + service.entry().version() + "@"
                        + service.organization().id() + ":" + service.organization().version())
                .toList();
    }
}
