package nl.onderop.directory.organization.adapter.web;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.Valid;
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

import nl.onderop.directory.organization.application.FindOrganizations;
import nl.onderop.directory.organization.application.RegisterOrganization;
import nl.onderop.directory.organization.application.RegisterOrganizationCommand;
import nl.onderop.directory.organization.application.UpdateOrganization;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.web.PageRequest;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

@RestController
@RequestMapping("/api/directory/v1/organizations")
class OrganizationController {

    private final RegisterOrganization registerOrganization;
    private final UpdateOrganization updateOrganization;
    private final FindOrganizations findOrganizations;

    OrganizationController(RegisterOrganization registerOrganization, UpdateOrganization updateOrganization,
                           FindOrganizations findOrganizations) {
        this.registerOrganization = registerOrganization;
        this.updateOrganization = updateOrganization;
        this.findOrganizations = findOrganizations;
    }

    @PostMapping
    Mono<ResponseEntity<OrganizationResponse>> register(@AuthenticationPrincipal PlatformPrincipal principal,
                                                        @Valid @RequestBody RegisterOrganizationRequest request,
                                                        ServerWebExchange exchange) {
        RegisterOrganizationCommand command = new RegisterOrganizationCommand(request.tenant(), request.slug(),
                request.profile(), PublicationStatus.DRAFT);
        return registerOrganization.register(DirectoryAccessOf.principal(principal), command)
                .map(saved -> ResponseEntity
                        .created(URI.create("/api/directory/v1/organizations/" + saved.id()))
                        .body(OrganizationResponse.from(saved, PublicReads.language(exchange))));
    }

    @GetMapping
    Mono<ResponseEntity<OrganizationListResponse>> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                                        @RequestParam Optional<String> tenant,
                                                        @RequestParam(defaultValue = "1") int page,
                                                        @RequestParam(defaultValue = "20") int pageSize,
                                                        ServerWebExchange exchange) {
        PageRequest paging = PageRequest.of(page, pageSize);
        String language = PublicReads.language(exchange);
        return findOrganizations.list(DirectoryAccessOf.principal(principal), tenant, paging.page(), paging.pageSize())
                .map(found -> PublicReads.respond(exchange, principal == null, language,
                        found.page() + "|" + found.pageSize() + "|" + found.totalElements() + "|"
                                + found.organizations().stream().map(o -> o.id() + ":" + o.version()).toList(),
                        OrganizationListResponse.from(found, language)));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<OrganizationResponse>> get(@AuthenticationPrincipal PlatformPrincipal principal,
                                                   @PathVariable String id, ServerWebExchange exchange) {
        String language = PublicReads.language(exchange);
        return findOrganizations.byId(DirectoryAccessOf.principal(principal), id)
                .map(found -> PublicReads.respond(exchange, principal == null, language, found.id() + ":" + found.version(),
                        OrganizationResponse.from(found, language)));
    }

    @PutMapping("/{id}")
    Mono<OrganizationResponse> update(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                      @Valid @RequestBody OrganizationProfileRequest request, ServerWebExchange exchange) {
        return updateOrganization.updateProfile(DirectoryAccessOf.principal(principal), principal, id,
                        request.version(), request.replacement())
                .map(saved -> OrganizationResponse.from(saved, PublicReads.language(exchange)));
    }
}
