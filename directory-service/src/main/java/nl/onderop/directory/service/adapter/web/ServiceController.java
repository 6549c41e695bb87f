package nl.onderop.directory.service.adapter.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.adapter.web.DirectoryAccessOf;
import nl.onderop.directory.organization.adapter.web.PublicationRequest;
import nl.onderop.directory.service.application.ChangeServicePublication;
import nl.onderop.directory.service.application.CreateService;
import nl.onderop.directory.service.application.ExpectedVersion;
import nl.onderop.directory.service.application.FindServices;
import nl.onderop.directory.service.application.SearchServices;
import nl.onderop.directory.service.application.UpdateService;
import nl.onderop.directory.service.application.VerifyService;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.web.PageRequest;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

@RestController
@RequestMapping("/api/directory/v1")
class ServiceController {

    private final SearchServices searchServices;
    private final FindServices findServices;
    private final CreateService createService;
    private final UpdateService updateService;
    private final ChangeServicePublication changePublication;
    private final VerifyService verifyService;
    private final TaxonomyCatalog taxonomy;

    ServiceController(SearchServices searchServices, FindServices findServices, CreateService createService,
                      UpdateService updateService, ChangeServicePublication changePublication, VerifyService verifyService,
                      TaxonomyCatalog taxonomy) {
        this.searchServices = searchServices;
        this.findServices = findServices;
        this.createService = createService;
        this.updateService = updateService;
        this.changePublication = changePublication;
        this.verifyService = verifyService;
        this.taxonomy = taxonomy;
    }

    /** The public search: published services of every tenant, ranked by relevance or by distance. */
    @GetMapping("/services")
    Mono<ResponseEntity<ServiceListResponse>> search(@AuthenticationPrincipal PlatformPrincipal principal,
                                                     @RequestParam(required = false) String q,
                                                     @RequestParam(required = false) String tenant,
                                                     @RequestParam(required = false) String category,
                                                     @RequestParam(required = false) String targetGroup,
                                                     @RequestParam(required = false) String language,
                                                     @RequestParam(required = false) String district,
                                                     @RequestParam(required = false) Boolean free,
                                                     @RequestParam(required = false) String openOn,
                                                     @RequestParam(required = false) Double latitude,
                                                     @RequestParam(required = false) Double longitude,
                                                     @RequestParam(required = false) Double radiusKm,
                                                     @RequestParam(required = false) String status,
                                                     @RequestParam(defaultValue = "1") int page,
                                                     @RequestParam(defaultValue = "20") int pageSize,
                                                     ServerWebExchange exchange) {
        return searchServices.search(new SearchServices.Criteria(q, tenant, category, targetGroup, language, district,
                free, openOn, latitude, longitude, radiusKm, status, page, pageSize)).map(result -> {
            String lang = PublicReads.language(exchange);
            List<ServiceResponse> services = result.found().stream()
                    .map(found -> ServiceResponse.from(found.entry(), lang, taxonomy, found.distanceKm()))
                    .toList();
            String builtFrom = page + "|" + pageSize + "|" + result.total() + "|" + result.found().stream()
                    .map(found -> found.entry().id() + ":" + found.entry().version() + ":" + found.distanceKm())
                    .toList();
            return PublicReads.respond(exchange, principal == null, lang, builtFrom,
                    new ServiceListResponse(services, ServiceListResponse.PageInfo.of(page, pageSize, result.total())));
        });
    }

    @GetMapping("/services/{id}")
    Mono<ResponseEntity<ServiceResponse>> get(@AuthenticationPrincipal PlatformPrincipal principal,
                                              @PathVariable String id, ServerWebExchange exchange) {
        String lang = PublicReads.language(exchange);
        return findServices.byId(DirectoryAccessOf.principal(principal), id)
                .map(entry -> PublicReads.respondVersioned(exchange, principal == null, lang, entry.id(), entry.version(),
                        ServiceResponse.from(entry, lang, taxonomy, null)));
    }

    /** Every service of an organisation the caller may see: its editors see drafts and withdrawn ones too. */
    @GetMapping("/organizations/{organizationId}/services")
    Mono<ResponseEntity<ServiceListResponse>> ofOrganization(@AuthenticationPrincipal PlatformPrincipal principal,
                                                             @PathVariable String organizationId,
                                                             @RequestParam(defaultValue = "1") int page,
                                                             @RequestParam(defaultValue = "20") int pageSize,
                                                             ServerWebExchange exchange) {
        PageRequest paging = PageRequest.of(page, pageSize);
        String lang = PublicReads.language(exchange);
        return findServices.ofOrganization(DirectoryAccessOf.principal(principal), organizationId)
                .collectList()
                .map(all -> {
                    List<ServiceEntry> slice = all.stream().skip(paging.offset()).limit(paging.pageSize()).toList();
                    return PublicReads.respond(exchange, principal == null, lang,
                            page + "|" + pageSize + "|" + all.size() + "|"
                                    + slice.stream().map(entry -> entry.id() + ":" + entry.version()).toList(),
                            new ServiceListResponse(
                                    slice.stream().map(entry -> ServiceResponse.from(entry, lang, taxonomy, null)).toList(),
                                    ServiceListResponse.PageInfo.of(page, pageSize, all.size())));
                });
    }

    @PostMapping("/organizations/{organizationId}/services")
    Mono<ResponseEntity<ServiceResponse>> create(@AuthenticationPrincipal PlatformPrincipal principal,
                                                 @PathVariable String organizationId,
                                                 @Valid @RequestBody ServiceRequest request, ServerWebExchange exchange) {
        return createService.create(DirectoryAccessOf.principal(principal), organizationId,
                        ServiceRequestMapping.content(request))
                .map(saved -> ResponseEntity.created(URI.create("/api/directory/v1/services/" + saved.id()))
                        .eTag(versionTag(saved))
                        .body(ServiceResponse.from(saved, PublicReads.language(exchange), taxonomy, null)));
    }

    /** Replaces the service; the version comes from {@code If-Match} (its ETag from an edit) or the body. */
    @PutMapping("/services/{id}")
    Mono<ResponseEntity<ServiceResponse>> update(@AuthenticationPrincipal PlatformPrincipal principal,
                                                 @PathVariable String id, @Valid @RequestBody ServiceRequest request,
                                                 ServerWebExchange exchange) {
        String ifMatch = exchange.getRequest().getHeaders().getFirst(HttpHeaders.IF_MATCH);
        ExpectedVersion expected = ifMatch != null
                ? ExpectedVersion.ifMatch(PublicReads.versionOf(ifMatch))
                : ExpectedVersion.fromBody(request.version());
        return updateService.update(DirectoryAccessOf.principal(principal), principal, id, expected,
                        ServiceRequestMapping.content(request))
                .map(saved -> ResponseEntity.ok().eTag(versionTag(saved))
                        .body(ServiceResponse.from(saved, PublicReads.language(exchange), taxonomy, null)));
    }

    @PutMapping("/services/{id}/publication")
    Mono<ServiceResponse> changePublication(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                            @Valid @RequestBody PublicationRequest request, ServerWebExchange exchange) {
        return changePublication.change(DirectoryAccessOf.principal(principal), id, request.target())
                .map(saved -> ServiceResponse.from(saved, PublicReads.language(exchange), taxonomy, null));
    }

    /** The municipality confirms the entry is still right today. */
    @PostMapping("/services/{id}/verifications")
    Mono<ResponseEntity<ServiceResponse>> verify(@AuthenticationPrincipal PlatformPrincipal principal,
                                                 @PathVariable String id, ServerWebExchange exchange) {
        return verifyService.verify(DirectoryAccessOf.principal(principal), principal, id)
                .map(saved -> ResponseEntity.status(201)
                        .body(ServiceResponse.from(saved, PublicReads.language(exchange), taxonomy, null)));
    }

    private static String versionTag(ServiceEntry entry) {
        return "\"v" + entry.version() + "\"";
    }
}
