package nl.onderop.directory.organization.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.web.TenantRegistry;

/** Reads organisations the caller may see; anything else answers 404, never 403, so existence does not leak. */
@Service
public class FindOrganizations {

    private final OrganizationRepository organizations;
    private final TenantRegistry tenants;

    public FindOrganizations(OrganizationRepository organizations, TenantRegistry tenants) {
        this.organizations = organizations;
        this.tenants = tenants;
    }

    public Mono<Organization> byId(DirectoryAccess access, String id) {
        return organizations.findById(id)
                .filter(access::maySee)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Organisation " + id)));
    }

    public Mono<OrganizationPage> list(DirectoryAccess access, Optional<String> tenant, int page, int pageSize) {
        return Mono.defer(() -> {
            tenant.ifPresent(t -> tenants.requireKnown("tenant", t));
            return organizations.findVisible(access, tenant, page, pageSize);
        });
    }
}
