package nl.onderop.directory.insights.adapter.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.insights.application.ComputeInsights;
import nl.onderop.directory.insights.domain.RegieInsights;
import nl.onderop.directory.organization.adapter.web.DirectoryAccessOf;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.web.CallerTenant;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

/** {@code GET /api/directory/v1/insights}: coverage, gaps, overlaps and stale entries of the caller's tenant. */
@RestController
@RequestMapping("/api/directory/v1/insights")
class InsightsController {

    record Term(String code, String label) {
    }

    record DistrictCoverage(String district, int activeServices, int organizations) {
    }

    record CategoryCoverage(Term category, int activeServices, int organizations, List<DistrictCoverage> districts) {
    }

    record Overlap(Term category, String district, int activeServices, List<String> serviceIds) {
    }

    record InsightsResponse(String tenant, String computedOn, RegieInsights.Totals totals,
                            List<CategoryCoverage> categories, List<Term> gaps, List<Overlap> overlaps,
                            List<RegieInsights.StaleEntry> stale) {
    }

    private final ComputeInsights computeInsights;
    private final TaxonomyCatalog taxonomy;

    InsightsController(ComputeInsights computeInsights, TaxonomyCatalog taxonomy) {
        this.computeInsights = computeInsights;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    Mono<InsightsResponse> insights(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @RequestParam Optional<String> tenant, ServerWebExchange exchange) {
        DirectoryAccess access = DirectoryAccessOf.principal(principal);
        String chosen = CallerTenant.choose(tenant, access.tenants());
        String language = PublicReads.language(exchange);
        return computeInsights.forTenant(access, chosen, language).map(insights -> new InsightsResponse(insights.tenant(),
                insights.computedOn().toString(), insights.totals(),
                insights.categories().stream().map(c -> new CategoryCoverage(term(c.category(), language),
                        c.activeServices(), c.organizations(), c.districts().stream()
                                .map(d -> new DistrictCoverage(d.district(), d.activeServices(), d.organizations()))
                                .toList())).toList(),
                insights.gaps().stream().map(code -> term(code, language)).toList(),
                insights.overlaps().stream().map(o -> new Overlap(term(o.category(), language), o.district(),
                        o.serviceIds().size(), o.serviceIds())).toList(),
                insights.stale()));
    }

    private Term term(String code, String language) {
        return new Term(code, taxonomy.term(code).map(term -> term.labels().in(language)).orElse(code));
    }
}
