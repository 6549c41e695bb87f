package nl.onderop.directory.organization.adapter.web;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.FindOrganizations;
import nl.onderop.directory.organization.application.RegisterOrganization;
import nl.onderop.directory.organization.application.RegisterOrganizationCommand;
import nl.onderop.directory.organization.domain.OrganizationType;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

@RestController
@RequestMapping("/api/directory/v1/organizations")
class OrganizationController {

    private final RegisterOrganization registerOrganization;
    private final FindOrganizations findOrganizations;

    OrganizationController(RegisterOrganization registerOrganization, FindOrganizations findOrganizations) {
        this.registerOrganization = registerOrganization;
        this.findOrganizations = findOrganizations;
    }

    @PostMapping
    Mono<ResponseEntity<OrganizationResponse>> register(@AuthenticationPrincipal PlatformPrincipal principal,
                                                        @Valid @RequestBody RegisterOrganizationRequest request) {
        RegisterOrganizationCommand command = new RegisterOrganizationCommand(request.tenant(), request.slug(),
                request.name().strip(), OrganizationType.fromValue(request.type()).orElseThrow(),
                request.description(), request.website(), PublicationStatus.DRAFT);
        return registerOrganization.register(DirectoryAccessOf.principal(principal), command)
                .map(saved -> ResponseEntity
                        .created(URI.create("/api/directory/v1/organizations/" + saved.id()))
                        .body(OrganizationResponse.from(saved)));
    }

    @GetMapping
    Mono<OrganizationListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                        @RequestParam Optional<String> tenant,
                                        @RequestParam(defaultValue = "1") int page,
                                        @RequestParam(defaultValue = "20") int pageSize) {
        if (page < 1) {
            return Mono.error(ApiProblem.invalid("page", "min", "Pages count from 1."));
        }
        if (pageSize < 1 || pageSize > FindOrganizations.MAX_PAGE_SIZE) {
            return Mono.error(ApiProblem.invalid("pageSize", "range",
                    "Between 1 and " + FindOrganizations.MAX_PAGE_SIZE + "."));
        }
        return findOrganizations.list(DirectoryAccessOf.principal(principal), tenant, page, pageSize)
                .map(OrganizationListResponse::from);
    }

    @GetMapping("/{id}")
    Mono<OrganizationResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return findOrganizations.byId(DirectoryAccessOf.principal(principal), id).map(OrganizationResponse::from);
    }
}
