package nl.onderop.directory.taxonomy.adapter.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.taxonomy.domain.Taxonomy;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

/** The vocabularies, in the reader's language: what to filter on and how to label it. */
@RestController
@RequestMapping("/api/directory/v1/taxonomies")
class TaxonomyController {

    record TermResponse(String id, String code, String parent, String label, String description) {
    }

    record TaxonomyResponse(String id, String code, String version, String uri, String name, String description,
                            List<TermResponse> terms) {
    }

    record TaxonomyListResponse(List<TaxonomyResponse> taxonomies) {
    }

    private final TaxonomyCatalog catalog;

    TaxonomyController(TaxonomyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    Mono<ResponseEntity<TaxonomyListResponse>> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        List<TaxonomyResponse> all = catalog.taxonomies().stream().map(taxonomy -> response(taxonomy, language)).toList();
        return Mono.just(PublicReads.respond(exchange, principal == null, language, versions(catalog.taxonomies()),
                new TaxonomyListResponse(all)));
    }

    @GetMapping("/{code}")
    Mono<ResponseEntity<TaxonomyResponse>> get(@AuthenticationPrincipal PlatformPrincipal principal,
                                               @PathVariable String code, ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        return Mono.justOrEmpty(catalog.taxonomy(code))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Taxonomy " + code)))
                .map(taxonomy -> PublicReads.respond(exchange, principal == null, language, versions(List.of(taxonomy)),
                        response(taxonomy, language)));
    }

    private TaxonomyResponse response(Taxonomy taxonomy, String language) {
        return new TaxonomyResponse(taxonomy.id(), taxonomy.code(), taxonomy.version(), taxonomy.uri(),
                taxonomy.name().in(language), taxonomy.description().in(language),
                catalog.terms(taxonomy.code()).stream().map(term -> term(term, language)).toList());
    }

    private static TermResponse term(TaxonomyTerm term, String language) {
        return new TermResponse(term.id(), term.code(), term.parent(), term.labels().in(language),
                term.description().in(language));
    }

    private static String versions(List<Taxonomy> taxonomies) {
        return taxonomies.stream().map(taxonomy -> taxonomy.code() + ":" + taxonomy.version()).toList().toString();
    }
}
