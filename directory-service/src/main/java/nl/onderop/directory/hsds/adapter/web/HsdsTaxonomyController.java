package nl.onderop.directory.hsds.adapter.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.hsds.application.Listing;
import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.taxonomy.domain.Taxonomy;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;
import nl.onderop.directory.web.PageRequest;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * The vocabularies as HSDS taxonomies and taxonomy terms. They ship with the release, so every answer comes
 * from memory. A taxonomy or term is found by its HSDS id (UUID) or by its code.
 */
@RestController
@RequestMapping(HsdsApi.BASE)
class HsdsTaxonomyController {

    private final TaxonomyCatalog catalog;
    private final HsdsTaxonomyMapper mapper;

    HsdsTaxonomyController(TaxonomyCatalog catalog, HsdsTaxonomyMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @GetMapping("/taxonomies")
    Mono<ResponseEntity<HsdsPage<HsdsObjects.Taxonomy>>> taxonomies(
            @AuthenticationPrincipal PlatformPrincipal principal, ServerWebExchange exchange) {
        return Mono.fromCallable(() -> {
            HsdsParameters parameters = new HsdsParameters(catalog, exchange);
            String search = parameters.search();
            PageRequest page = parameters.page();
            parameters.format();
            parameters.check();
            String language = PublicReads.language(exchange);
            List<Taxonomy> matching = catalog.taxonomies().stream()
                    .filter(taxonomy -> search == null || mentions(search, taxonomy.code(), taxonomy.name()))
                    .toList();
            Listing<Taxonomy> listing = Listing.slice(matching, page);
            return PublicReads.respond(exchange, principal == null, language,
                    HsdsCacheKeys.builtFrom(exchange, catalog, listing.totalItems(), List.of()),
                    HsdsPage.of(listing, taxonomy -> mapper.taxonomy(taxonomy, language)));
        });
    }

    @GetMapping("/taxonomies/{id}")
    Mono<ResponseEntity<HsdsObjects.Taxonomy>> taxonomy(@AuthenticationPrincipal PlatformPrincipal principal,
                                                        @PathVariable String id, ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        return Mono.justOrEmpty(catalog.taxonomies().stream()
                        .filter(taxonomy -> taxonomy.id().equalsIgnoreCase(id) || taxonomy.code().equals(id))
                        .findFirst())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Taxonomy " + id)))
                .map(taxonomy -> PublicReads.respond(exchange, principal == null, language,
                        HsdsCacheKeys.builtFrom(exchange, catalog, 1, List.of()), mapper.taxonomy(taxonomy, language)));
    }

    /**
     * Terms filtered by {@code taxonomy_id}, {@code parent_id} (the narrower terms of that one) and
     * {@code top_only} (terms without a broader one), in the order of the taxonomy file.
     */
    @GetMapping("/taxonomy_terms")
    Mono<ResponseEntity<HsdsPage<HsdsObjects.TaxonomyTerm>>> terms(
            @AuthenticationPrincipal PlatformPrincipal principal, ServerWebExchange exchange) {
        return Mono.fromCallable(() -> {
            HsdsParameters parameters = new HsdsParameters(catalog, exchange);
            String search = parameters.search();
            Taxonomy taxonomy = parameters.taxonomy();
            TaxonomyTerm parent = parameters.term("parent_id");
            boolean topOnly = parameters.flag("top_only");
            PageRequest page = parameters.page();
            parameters.format();
            parameters.check();
            Predicate<TaxonomyTerm> wanted = term -> (taxonomy == null || term.taxonomy().equals(taxonomy.code()))
                    && (parent == null || parent.code().equals(term.parent()))
                    && (!topOnly || term.isTopLevel())
                    && (search == null || mentions(search, term.code(), term.labels()));
            String language = PublicReads.language(exchange);
            Listing<TaxonomyTerm> listing = Listing.slice(catalog.terms().stream().filter(wanted).toList(), page);
            return PublicReads.respond(exchange, principal == null, language,
                    HsdsCacheKeys.builtFrom(exchange, catalog, listing.totalItems(), List.of()),
                    HsdsPage.of(listing, term -> mapper.term(term, language)));
        });
    }

    @GetMapping("/taxonomy_terms/{id}")
    Mono<ResponseEntity<HsdsObjects.TaxonomyTerm>> term(@AuthenticationPrincipal PlatformPrincipal principal,
                                                        @PathVariable String id, ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        Optional<TaxonomyTerm> term = catalog.termById(id.toLowerCase(Locale.ROOT)).or(() -> catalog.term(id));
        return Mono.justOrEmpty(term)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Taxonomy term " + id)))
                .map(found -> PublicReads.respond(exchange, principal == null, language,
                        HsdsCacheKeys.builtFrom(exchange, catalog, 1, List.of()), mapper.term(found, language)));
    }

    private static boolean mentions(String search, String code, LocalizedText names) {
        String needle = search.toLowerCase(Locale.ROOT);
        return code.toLowerCase(Locale.ROOT).contains(needle)
                || names.values().values().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(needle));
    }
}
