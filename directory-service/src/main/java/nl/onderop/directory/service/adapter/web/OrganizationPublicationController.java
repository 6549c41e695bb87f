package nl.onderop.directory.service.adapter.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.adapter.web.DirectoryAccessOf;
import nl.onderop.directory.organization.adapter.web.OrganizationResponse;
import nl.onderop.directory.organization.adapter.web.PublicationRequest;
import nl.onderop.directory.service.application.ChangeOrganizationPublication;
import nl.onderop.directory.web.PublicReads;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * {@code PUT /organizations/{id}/publication}. It lives with the services because withdrawing an
 * organisation withdraws its services, and organisations know nothing of services.
 */
@RestController
class OrganizationPublicationController {

    private final ChangeOrganizationPublication changePublication;

    OrganizationPublicationController(ChangeOrganizationPublication changePublication) {
        this.changePublication = changePublication;
    }

    @PutMapping("/api/directory/v1/organizations/{id}/publication")
    Mono<OrganizationResponse> changePublication(@AuthenticationPrincipal PlatformPrincipal principal,
                                                 @PathVariable String id, @Valid @RequestBody PublicationRequest request,
                                                 ServerWebExchange exchange) {
        return changePublication.change(DirectoryAccessOf.principal(principal), id, request.target())
                .map(saved -> OrganizationResponse.from(saved, PublicReads.language(exchange)));
    }
}
