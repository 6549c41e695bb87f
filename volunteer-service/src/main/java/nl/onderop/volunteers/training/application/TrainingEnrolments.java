package nl.onderop.volunteers.training.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.training.domain.Enrolment;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingAccess;
import nl.onderop.volunteers.training.domain.TrainingChange;
import nl.onderop.volunteers.training.domain.TrainingEvents;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * Enrolment and withdrawal: a volunteer for itself, a coordinator for its own organisation's volunteers.
 * Only active volunteers enrol; a full training puts them on the waiting list, and a freed place goes to the
 * first on it.
 */
@Component
public class TrainingEnrolments {

    private final TrainingLookup lookup;
    private final TrainingWrites writes;
    private final VolunteerRepository volunteers;
    private final Clock clock;

    public TrainingEnrolments(TrainingLookup lookup, TrainingWrites writes, VolunteerRepository volunteers, Clock clock) {
        this.lookup = lookup;
        this.writes = writes;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** The caller's own volunteer profile in its tenant, or 403/404 as for {@code /me}. */
    public Mono<Volunteer> ownProfile(TrainingAccess access) {
        if (!access.isVolunteer()) {
            return Mono.error(ApiProblem.forbidden("Only volunteers (and newcomers who volunteer) enrol themselves."));
        }
        return volunteers.findByAccount(access.subject())
                .filter(own -> !own.isErased() && access.tenants().contains(own.tenant()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your volunteer profile")));
    }

    public Mono<Enrolled> enrolSelf(TrainingAccess access, String trainingId) {
        return ownProfile(access).flatMap(own -> enrol(lookup.visible(access, trainingId), own, access.organization()));
    }

    public Mono<Enrolled> enrolVolunteer(TrainingAccess access, String trainingId, String volunteerId) {
        if (!access.isCoordinator()) {
            return lookup.requireUser(access).then(Mono.error(
                    ApiProblem.forbidden("Only coordinators enrol volunteers; volunteers enrol themselves under /me.")));
        }
        Mono<Training> training = lookup.visible(access, trainingId);
        return training.then(ownOrganizationsVolunteer(access, volunteerId))
                .flatMap(volunteer -> enrol(training, volunteer, access.organization()));
    }

    public Mono<Void> withdrawSelf(TrainingAccess access, String trainingId) {
        return ownProfile(access).flatMap(own -> writes.change(lookup.visible(access, trainingId), current -> {
            TrainingChange change = current.withdraw(own.id(), Instant.now(clock));
            return new TrainingWrites.Planned<>(change.training(),
                    writes.enrolmentEvents(change, TrainingEvents.WITHDRAWN, "withdrawn"), change);
        })).then();
    }

    /** The owning coordinator withdraws anyone; another organisation's coordinator only its own volunteers. */
    public Mono<Void> withdrawVolunteer(TrainingAccess access, String trainingId, String volunteerId) {
        if (!access.isCoordinator()) {
            return lookup.requireUser(access).then(Mono.error(
                    ApiProblem.forbidden("Only coordinators withdraw volunteers; volunteers withdraw themselves under /me.")));
        }
        return writes.change(lookup.visible(access, trainingId), current -> {
            Enrolment enrolment = current.enrolmentOf(volunteerId)
                    .filter(found -> access.owns(current) || found.organization().equals(access.organization()))
                    .orElseThrow(() -> ApiProblem.notFound("Enrolment of volunteer " + volunteerId));
            TrainingChange change = current.withdraw(enrolment.volunteerId(), Instant.now(clock));
            return new TrainingWrites.Planned<>(change.training(),
                    writes.enrolmentEvents(change, TrainingEvents.WITHDRAWN, "withdrawn-by-coordinator"), change);
        }).then();
    }

    /** The enrolment as it turned out, in the training as stored after it. */
    public record Enrolled(Training training, Enrolment enrolment) {
    }

    private Mono<Enrolled> enrol(Mono<Training> load, Volunteer volunteer, String tokenOrganization) {
        if (volunteer.status() != VolunteerStatus.ACTIVE) {
            return Mono.error(ApiProblem.conflict("Only active volunteers enrol in trainings; this volunteer is "
                    + volunteer.status().value() + "."));
        }
        return writes.change(load, current -> {
            String from = organizationFor(current, volunteer, tokenOrganization);
            TrainingChange change = current.enrol(volunteer.id(), volunteer.profile().firstName(), from, Instant.now(clock));
            return new TrainingWrites.Planned<>(change.training(),
                    writes.enrolmentEvents(change, TrainingEvents.forEnrolment(change.enrolment()), null),
                    new Enrolled(change.training(), change.enrolment()));
        });
    }

    /**
     * The organisation a participant comes from: the owner when it serves the owner (not shared), else the
     * organisation it acts for now, else its first.
     */
    private static String organizationFor(Training training, Volunteer volunteer, String tokenOrganization) {
        if (volunteer.isMemberOf(training.organization())) {
            return training.organization();
        }
        if (tokenOrganization != null && volunteer.isMemberOf(tokenOrganization)) {
            return tokenOrganization;
        }
        return volunteer.organizations().isEmpty() ? training.organization() : volunteer.organizations().get(0);
    }

    private Mono<Volunteer> ownOrganizationsVolunteer(TrainingAccess access, String volunteerId) {
        return volunteers.findById(volunteerId)
                .filter(volunteer -> !volunteer.isErased() && access.tenants().contains(volunteer.tenant())
                        && volunteer.isMemberOf(access.organization()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Volunteer " + volunteerId)));
    }
}
