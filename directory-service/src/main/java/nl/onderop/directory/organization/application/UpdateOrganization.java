package nl.onderop.directory.organization.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.organization.domain.OrganizationEvents;
import nl.onderop.directory.organization.domain.OrganizationProfile;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.web.TenantRegistry;

/**
 * Edits an organisation's profile (the organisation itself, or its municipality) and publishes or withdraws
 * it (the municipality or the platform admin). Each change announces {@code organization.updated}.
 */
@Component
public class UpdateOrganization {

    private static final Logger log = LoggerFactory.getLogger(UpdateOrganization.class);

    private final OrganizationRepository organizations;
    private final FindOrganizations find;
    private final CloudEventFactory events;
    private final TenantRegistry tenants;
    private final Clock clock;

    public UpdateOrganization(OrganizationRepository organizations, FindOrganizations find, CloudEventFactory events,
                              TenantRegistry tenants, Clock clock) {
        this.organizations = organizations;
        this.find = find;
        this.events = events;
        this.tenants = tenants;
        this.clock = clock;
    }

    public Mono<Organization> updateProfile(DirectoryAccess access, String id, Long expectedVersion,
                                            OrganizationProfile profile) {
        return find.byId(access, id).flatMap(current -> {
            if (!access.mayEditEntryOf(current.tenant(), current.slug()) && !access.mayRegisterIn(current.tenant())) {
                return Mono.error(ApiProblem.forbidden("Only the organisation itself and its municipality edit it."));
            }
            if (expectedVersion != null && expectedVersion != current.version()) {
                return Mono.error(ApiProblem.conflict("You edited version " + expectedVersion
                        + "; the organisation is at version " + current.version() + ". Read it again and retry."));
            }
            profile.activeTenants().forEach(active -> tenants.requireKnown("activeTenants", active));
            return store(current, current.withProfile(profile, Instant.now(clock)));
        });
    }

    public Mono<Organization> changeStatus(DirectoryAccess access, String id, PublicationStatus target) {
        if (target == PublicationStatus.DRAFT) {
            return Mono.error(ApiProblem.invalid("status", "enum", "One of published, withdrawn."));
        }
        return find.byId(access, id).flatMap(current -> {
            if (!access.mayPublishOrganizationIn(current.tenant())) {
                return Mono.error(ApiProblem.forbidden("Only the municipality or the platform admin publishes organisations."));
            }
            if (current.status() == target) {
                return Mono.just(current);
            }
            return store(current, current.withStatus(target, Instant.now(clock)));
        });
    }

    private Mono<Organization> store(Organization current, Organization changed) {
        return organizations.update(changed, current.version(),
                        List.of(events.outboxMessage(OrganizationEvents.UPDATED, changed.tenant(), changed.id(),
                                OrganizationEvents.updated(changed))))
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict(
                        "The organisation was changed by someone else meanwhile; read it again and retry.")))
                .doOnNext(saved -> log.info("Organisation {} updated in tenant {} (version {})", saved.id(),
                        saved.tenant(), saved.version()));
    }
}
