package nl.onderop.volunteers.volunteer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.volunteer.domain.CoordinatorDecisions;
import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.StopReason;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;
import nl.onderop.volunteers.volunteer.domain.VolunteerEvents;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * The coordinator's side of a volunteer's life: register one for the own organisation, edit the profile,
 * move it along the lifecycle. Every change is stored with its event; a stale version is a 409.
 */
@Component
public class ManageVolunteers {

    /** The audit action of a VOG status set by a coordinator. */
    public static final String VOG_SET = "volunteer.vog.set";

    private static final Logger log = LoggerFactory.getLogger(ManageVolunteers.class);

    private final VolunteerRepository volunteers;
    private final VolunteerProfileRules rules;
    private final CloudEventFactory events;
    private final Clock clock;
    private final AuditLog audit;

    public ManageVolunteers(VolunteerRepository volunteers, VolunteerProfileRules rules, CloudEventFactory events,
                            Clock clock, AuditLog audit) {
        this.volunteers = volunteers;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** An org coordinator registers a volunteer for its own organisation; the volunteer starts as applied. */
    public Mono<Volunteer> register(VolunteerAccess access, String tenant, VolunteerProfile declared,
                                    CoordinatorDecisions decisions) {
        return Mono.defer(() -> {
            if (!access.isCoordinatorIn(tenant)) {
                return Mono.error(ApiProblem.forbidden("Only an organisation's coordinator registers its volunteers."));
            }
            VolunteerProfile profile = decisions.applyTo(declared, declared);
            rules.check(profile);
            return insert(newVolunteer(UUID.randomUUID().toString(), tenant, null, profile, VolunteerStatus.APPLIED,
                    access.organization(), PoolConsent.NOT_GIVEN))
                    .flatMap(saved -> auditVog(access, saved, VolunteerProfile.CertificateOfConduct.NONE).thenReturn(saved));
        });
    }

    /** A volunteer in a known state, e.g. from the demo data or an import; the caller has checked who asks. */
    public Volunteer newVolunteer(String id, String tenant, String account, VolunteerProfile profile,
                                  VolunteerStatus status, String organization, PoolConsent consent) {
        Instant now = Instant.now(clock);
        return new Volunteer(id, tenant, account, profile, status, null,
                List.of(new Membership(organization, now)), consent, 1, now, now, null);
    }

    public Mono<Volunteer> insert(Volunteer volunteer) {
        return volunteers.insert(volunteer, List.of(event(VolunteerEvents.REGISTERED, volunteer)))
                .doOnNext(saved -> log.info("Registered volunteer {} in tenant {}", saved.id(), saved.tenant()));
    }

    /** Registers many at once (an import), in batches, each with its own event; emits how many were stored. */
    public Mono<Long> insertAll(VolunteerAccess access, List<Volunteer> many) {
        return Flux.fromIterable(many)
                .buffer(500)
                .concatMap(batch -> volunteers.insertAll(batch.stream()
                        .map(volunteer -> Map.entry(volunteer, List.of(event(VolunteerEvents.REGISTERED, volunteer))))
                        .toList()))
                .concatMap(saved -> auditVog(access, saved, VolunteerProfile.CertificateOfConduct.NONE).thenReturn(saved))
                .count();
    }

    /** The coordinator replaces the profile; a decision it leaves out keeps what is stored. */
    public Mono<Volunteer> updateProfile(VolunteerAccess access, String id, Long expectedVersion,
                                         VolunteerProfile declared, CoordinatorDecisions decisions) {
        return managed(access, id).flatMap(current -> {
            VolunteerProfile profile = decisions.applyTo(declared, current.profile());
            rules.check(profile);
            return store(current, expectedVersion, current.withProfile(profile, Instant.now(clock)),
                    VolunteerEvents.PROFILE_UPDATED)
                    .flatMap(saved -> auditVog(access, saved, current.profile().certificateOfConduct()).thenReturn(saved));
        });
    }

    /** A VOG status set or changed by a coordinator is a role-relevant change: it goes to the audit trail. */
    private Mono<Void> auditVog(VolunteerAccess access, Volunteer saved, VolunteerProfile.CertificateOfConduct before) {
        if (saved.profile().certificateOfConduct().equals(before)) {
            return Mono.empty();
        }
        return audit.record(new AuditEntry(VOG_SET, access.subject(), saved.tenant(), "volunteer:" + saved.id(),
                AuditOutcome.SUCCESS));
    }

    public Mono<Volunteer> changeStatus(VolunteerAccess access, String id, VolunteerStatus target, StopReason reason) {
        return managed(access, id).flatMap(current -> {
            if (target == VolunteerStatus.STOPPED && reason == null) {
                return Mono.error(ApiProblem.invalid("reason", "required",
                        "Say why the volunteer stops: too-heavy, too-time-intensive, no-click, moved, personal-circumstances or other."));
            }
            if (current.status() == target) {
                return Mono.just(current);
            }
            if (!current.status().mayMoveTo(target)) {
                return Mono.error(ApiProblem.conflict("A volunteer who is " + current.status().value()
                        + " cannot become " + target.value() + "; next steps: "
                        + current.status().next().stream().map(VolunteerStatus::value).toList() + "."));
            }
            return store(current, null, current.movedTo(target, reason, Instant.now(clock)),
                    VolunteerEvents.forStatus(target));
        });
    }

    /** The volunteer joins another organisation of its tenant (it accepted that organisation's introduction). */
    public Mono<Volunteer> join(Volunteer own, String organization) {
        return store(own, null, own.joining(organization, Instant.now(clock)), VolunteerEvents.MEMBERSHIP_ADDED);
    }

    /** The volunteer's own consent to the tenant pool, with time and text version. */
    public Mono<Volunteer> changePoolConsent(Volunteer own, boolean given) {
        PoolConsent consent = new PoolConsent(given, Instant.now(clock), PoolConsent.CURRENT_TEXT_VERSION);
        return store(own, null, own.withPoolConsent(consent, Instant.now(clock)), VolunteerEvents.POOL_CONSENT_CHANGED);
    }

    /** The volunteer replaces what it declares about itself; the organisation's decisions stay as they are. */
    public Mono<Volunteer> updateOwnProfile(Volunteer own, Long expectedVersion, VolunteerProfile declared) {
        VolunteerProfile profile = declared.withDecisionsOf(own.profile());
        rules.check(profile);
        return store(own, expectedVersion, own.withProfile(profile, Instant.now(clock)), VolunteerEvents.PROFILE_UPDATED);
    }

    /**
     * Forgets the person (GDPR art. 17) and announces it, in one write; what is left identifies nobody. Empty when
     * the volunteer changed since {@code own} was read: the caller reads it again and retries.
     */
    public Mono<Volunteer> erase(Volunteer own) {
        Volunteer erased = own.erased(Instant.now(clock));
        return volunteers.update(erased, own.version(), List.of(events.outboxMessage(VolunteerEvents.ERASURE_REQUESTED,
                        own.tenant(), own.id(), VolunteerEvents.erasure(own))))
                .doOnNext(saved -> log.info("Volunteer {} in tenant {} erased on request", saved.id(), saved.tenant()));
    }

    private Mono<Volunteer> managed(VolunteerAccess access, String id) {
        return volunteers.findById(id)
                .filter(volunteer -> access.viewOf(volunteer) != VolunteerAccess.View.NONE)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Volunteer " + id)))
                .flatMap(volunteer -> access.mayManage(volunteer) ? Mono.just(volunteer)
                        : Mono.error(ApiProblem.forbidden("Only the volunteer's own organisation manages its profile and status.")));
    }

    private Mono<Volunteer> store(Volunteer current, Long expectedVersion, Volunteer changed, String type) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            return Mono.error(ApiProblem.conflict("You edited version " + expectedVersion + "; the volunteer is at version "
                    + current.version() + ". Read it again and retry."));
        }
        List<OutboxMessage> announced = new ArrayList<>();
        announced.add(event(type, changed));
        return volunteers.update(changed, current.version(), announced)
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict(
                        "The volunteer was changed by someone else meanwhile; read it again and retry.")))
                .doOnNext(saved -> log.info("Volunteer {} in tenant {}: {}", saved.id(), saved.tenant(), type));
    }

    private OutboxMessage event(String type, Volunteer volunteer) {
        return events.outboxMessage(type, volunteer.tenant(), volunteer.id(), VolunteerEvents.data(volunteer));
    }
}
