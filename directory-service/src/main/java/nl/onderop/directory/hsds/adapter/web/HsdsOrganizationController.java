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
import nl.onderop.directory.hsds.application.PublishedOrganization;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.web.PageRequest;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * HSDS organizations: a paged list of the one-to-one fields ({@code full=true}: nested, with services) and
 * the fully nested organisation, whose services carry every field with {@code full_service=true}.
 */
@RestController
@RequestMapping(HsdsApi.BASE)
class HsdsOrganizationController {

    private final PublishedDirectory directory;
    private final TaxonomyCatalog taxonomy;
    private final HsdsOrganizationMapper organizations;

    HsdsOrganizationController(PublishedDirectory directory, TaxonomyCatalog taxonomy,
                               HsdsOrganizationMapper organizations) {
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.organizations = organizations;
    }

    @GetMapping("/organizations")
    Mono<ResponseEntity<HsdsPage<HsdsObjects.Organization>>> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                                                  ServerWebExchange exchange) {
        return Mono.defer(() -> {
            HsdsParameters parameters = new HsdsParameters(taxonomy, exchange);
            String search = parameters.search();
            PageRequest page = parameters.page();
            boolean fullService = parameters.flag("full_service");
            // full services only make sense inside full organisations
            boolean full = parameters.flag("full") || fullService;
            parameters.format();
            parameters.check();
            String language = PublicReads.language(exchange);
            return directory.organizations(search, page).map(listing -> PublicReads.respond(exchange,
                    principal == null, language,
                    HsdsCacheKeys.builtFrom(exchange, taxonomy, listing.totalItems(), versions(listing.items())),
                    HsdsPage.of(listing, found -> full ? organizations.full(found, fullService, language)
                            : organizations.summary(found.organization(), language))));
        });
    }

    @GetMapping("/organizations/{id}")
    Mono<ResponseEntity<HsdsObjects.Organization>> get(@AuthenticationPrincipal PlatformPrincipal principal,
                                                       @PathVariable String id, ServerWebExchange exchange) {
        return Mono.defer(() -> {
            HsdsParameters parameters = new HsdsParameters(taxonomy, exchange);
            boolean fullService = parameters.flag("full_service");
            parameters.check();
            String language = PublicReads.language(exchange);
            return directory.organization(id).map(found -> PublicReads.respond(exchange, principal == null, language,
                    HsdsCacheKeys.builtFrom(exchange, taxonomy, 1, versions(List.of(found))),
                    organizations.full(found, fullService, language)));
        });
    }

    private static List<String> versions(List<PublishedOrganization> found) {
        return found.stream()
                .map(published -> published.organization().id() + ":" + published.organization().version() + "="
                        + published.services().stream().map(entry -> entry.id() + ":" + entry.version()).toList())
                .toList();
    }
}
