package nl.onderop.directory.organization.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.organization.domain.OrganizationEvents;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.web.TenantRegistry;

/** Registers an organisation in a tenant and records {@code organization.registered} in the same write. */
@Service
public class RegisterOrganization {

    private static final Logger log = LoggerFactory.getLogger(RegisterOrganization.class);

    private final OrganizationRepository organizations;
    private final CloudEventFactory events;
    private final TenantRegistry tenants;
    private final Clock clock;

    public RegisterOrganization(OrganizationRepository organizations, CloudEventFactory events,
                                TenantRegistry tenants, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    public Mono<Organization> register(DirectoryAccess access, RegisterOrganizationCommand command) {
        return register(access, command, UUID.randomUUID().toString());
    }

    /** With a caller-chosen id: the demo data uses stable ids so that re-seeding is idempotent. */
    public Mono<Organization> register(DirectoryAccess access, RegisterOrganizationCommand command, String id) {
        return Mono.defer(() -> {
            tenants.requireKnown("tenant", command.tenant());
            if (!access.mayRegisterIn(command.tenant())) {
                log.info("Refused organisation registration in tenant {}", command.tenant());
                return Mono.error(ApiProblem.forbidden("You may not register organisations in this tenant."));
            }
            Instant now = Instant.now(clock);
            command.profile().activeTenants().forEach(active -> tenants.requireKnown("activeTenants", active));
            var profile = command.profile();
            Organization organization = new Organization(id, command.tenant(), command.slug(), profile.name(),
                    profile.type(), profile.description(), profile.website(), profile.email(), profile.phones(),
                    profile.languages(), profile.activeTenants(), command.status(), 1, now, now);
            return organizations.insert(organization,
                            List.of(events.outboxMessage(OrganizationEvents.REGISTERED, organization.tenant(),
                                    organization.id(), OrganizationEvents.registered(organization))))
                    .doOnNext(saved -> log.info("Registered organisation {} in tenant {}", saved.id(), saved.tenant()))
                    .onErrorMap(DuplicateOrganizationException.class,
                            duplicate -> ApiProblem.conflict("This tenant already has an organisation with slug "
                                    + command.slug() + "."));
        });
    }
}
