package nl.onderop.matching.referral.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.newcomer.application.ManageNewcomers;
import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.referral.domain.ListedService;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralEvents;
import nl.onderop.matching.referral.domain.ReferralParty;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * The coordinator of a newcomer's organisation refers the newcomer, with the newcomer's consent for referral,
 * to a published service of another organisation in the same tenant; one open referral per newcomer and service.
 */
@Component
public class ReferNewcomer {

    private static final Logger log = LoggerFactory.getLogger(ReferNewcomer.class);

    private final ManageNewcomers newcomers;
    private final DirectoryListings listings;
    private final ReferralRepository referrals;
    private final CloudEventFactory events;
    private final Clock clock;

    public ReferNewcomer(ManageNewcomers newcomers, DirectoryListings listings, ReferralRepository referrals,
                         CloudEventFactory events, Clock clock) {
        this.newcomers = newcomers;
        this.listings = listings;
        this.referrals = referrals;
        this.events = events;
        this.clock = clock;
    }

    /** {@code consentVersion} is null when the newcomer's consent was not given. */
    public record Command(String serviceId, String note, String consentVersion) {
    }

    public Mono<FindReferrals.SeenReferral> refer(MatchingAccess access, String newcomerId, Command command) {
        return newcomers.visible(access, newcomerId).flatMap(newcomer -> {
            if (!access.coordinates(newcomer.tenant(), newcomer.organization())) {
                return Mono.error(ApiProblem.forbidden("Only the coordinator of the newcomer's organisation refers."));
            }
            if (command.consentVersion() == null || command.consentVersion().isBlank()) {
                return Mono.error(ApiProblem.invalid("consent", "required",
                        "A referral needs the newcomer's consent: send consent with given true and the version of the text."));
            }
            return referable(newcomer, command.serviceId()).flatMap(service -> store(newcomer, service, command));
        });
    }

    /** A published, running service of another organisation in the newcomer's tenant; 400 naming serviceId otherwise. */
    private Mono<ListedService> referable(Newcomer newcomer, String serviceId) {
        return listings.findService(serviceId)
                .filter(service -> service.tenant().equals(newcomer.tenant()))
                .flatMap(this::withSlug)
                .switchIfEmpty(Mono.error(() -> ApiProblem.invalid("serviceId", "unknown",
                        "No service of this municipality's directory has this id.")))
                .flatMap(service -> {
                    if (!service.takesReferrals()) {
                        return Mono.error(ApiProblem.invalid("serviceId", "notPublished",
                                "This service is not published or not running, so it takes no referrals."));
                    }
                    if (service.organizationSlug() == null) {
                        return Mono.error(ApiProblem.invalid("serviceId", "organizationUnknown",
                                "The directory has not told yet which organisation offers this service; try again shortly."));
                    }
                    if (service.organizationSlug().equals(newcomer.organization())) {
                        return Mono.error(ApiProblem.invalid("serviceId", "ownOrganization",
                                "A referral goes to a service of another organisation."));
                    }
                    return Mono.just(service);
                });
    }

    /** Service events from before the slug was part of them name the organisation by id only. */
    private Mono<ListedService> withSlug(ListedService service) {
        if (service.organizationSlug() != null) {
            return Mono.just(service);
        }
        return listings.findOrganization(service.organizationId())
                .map(organization -> service.withOrganizationSlug(organization.slug()))
                .defaultIfEmpty(service);
    }

    private Mono<FindReferrals.SeenReferral> store(Newcomer newcomer, ListedService service, Command command) {
        Instant now = Instant.now(clock);
        Referral referral = Referral.created(UUID.randomUUID().toString(), newcomer.tenant(), newcomer.organization(),
                service.organizationSlug(), service.serviceId(), service.name(), newcomer.id(),
                command.note() == null ? "" : command.note().strip(),
                new Consent(Referral.CONSENT_PURPOSE, command.consentVersion(), now), now);
        return referrals.insert(referral, List.of(events.outboxMessage(ReferralEvents.CREATED, referral.tenant(),
                        referral.id(), ReferralEvents.data(referral))))
                .onErrorMap(ReferralRepository.OpenReferralExistsException.class, open -> ApiProblem.conflict(
                        "This newcomer has an open referral to this service already."))
                .doOnNext(stored -> log.info("Referral {} created in tenant {} from {} to {}", stored.id(),
                        stored.tenant(), stored.fromOrganization(), stored.toOrganization()))
                .map(stored -> FindReferrals.SeenReferral.of(stored, ReferralParty.REFERRER, newcomer));
    }
}
