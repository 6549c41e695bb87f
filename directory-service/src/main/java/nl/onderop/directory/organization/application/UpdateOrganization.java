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
import nl.onderop.directory.organization.domain.ProfileReplacement;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.platform.web.TenantRegistry;

/**
 * Edits an organisation's profile (the organisation itself, or its municipality) and publishes or withdraws
 * it (the municipality or the platform admin). Each change announces {@code organization.updated}. Its type,
 * the tenants it is active in and, once published, its name are the municipality's to change.
 */
@Component
public class UpdateOrganization {

    /** Audit action: the municipality (or the platform admin) set an organisation's type or active tenants. */
    public static final String CLASSIFICATION_SET = "organization.classification.set";

    private static final Logger log = LoggerFactory.getLogger(UpdateOrganization.class);

    private final OrganizationRepository organizations;
    private final FindOrganizations find;
    private final CloudEventFactory events;
    private final TenantRegistry tenants;
    private final AuditLog audit;
    private final Clock clock;

    public UpdateOrganization(OrganizationRepository organizations, FindOrganizations find, CloudEventFactory events,
                              TenantRegistry tenants, AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.find = find;
        this.events = events;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces the profile. Fields left out keep their value; a field the caller may not change
     * ({@link DirectoryAccess#fieldsNotToChange}) sent with another value than stored is refused (403) and
     * nothing is written. A change of type or active tenants goes on the audit trail.
     */
    public Mono<Organization> updateProfile(DirectoryAccess access, PlatformPrincipal caller, String id,
                                            Long expectedVersion, ProfileReplacement replacement) {
        return find.byId(access, id).flatMap(current -> {
            if (!access.mayEditEntryOf(current.tenant(), current.slug()) && !access.mayRegisterIn(current.tenant())) {
                return Mono.error(ApiProblem.forbidden("Only the organisation itself and its municipality edit it."));
            }
            OrganizationProfile profile = replacement.over(current);
            List<String> refused = access.fieldsNotToChange(current, profile);
            if (!refused.isEmpty()) {
                log.info("Refused a change of {} of organisation {} in tenant {}", refused, current.id(), current.tenant());
                return Mono.error(ApiProblem.forbidden("Only the municipality changes " + String.join(", ", refused)
                        + " of this organisation; leave the field out or send its current value."));
            }
            if (expectedVersion != null && expectedVersion != current.version()) {
                return Mono.error(ApiProblem.conflict("You edited version " + expectedVersion
                        + "; the organisation is at version " + current.version() + ". Read it again and retry."));
            }
            profile.activeTenants().forEach(active -> tenants.requireKnown("activeTenants", active));
            boolean reclassified = current.wouldRetype(profile) || current.wouldChangeActiveTenants(profile);
            return store(current, current.withProfile(profile, Instant.now(clock)))
                    .flatMap(saved -> reclassified
                            ? audit.record(AuditEntry.of(CLASSIFICATION_SET, caller, saved.tenant(), "organization",
                                    saved.id(), AuditOutcome.SUCCESS)).thenReturn(saved)
                            : Mono.just(saved));
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
