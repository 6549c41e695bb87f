package nl.onderop.volunteers.task.application;

import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** Who may use the task API at all, checked before anything is read so that a refusal reveals nothing. */
final class TaskCallers {

    private TaskCallers() {
    }

    static void requireCoordinator(VolunteerAccess caller) {
        if (!caller.isCoordinator()) {
            throw ApiProblem.forbidden("Only organisation coordinators manage tasks; sign-ups are personal data.");
        }
    }

    static String coordinatorTenant(VolunteerAccess caller) {
        requireCoordinator(caller);
        return caller.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Tasks are posted from an account of exactly one tenant."));
    }

    /** The caller's own volunteer profile: 403 for roles without one, 404 while there is none. */
    static Mono<Volunteer> ownVolunteer(VolunteerAccess caller, VolunteerRepository volunteers) {
        if (!caller.mayHaveOwnProfile()) {
            return Mono.error(ApiProblem.forbidden("Only volunteers (and newcomers who volunteer) sign up for tasks."));
        }
        return volunteers.findByAccount(caller.subject())
                .filter(own -> !own.isErased() && caller.tenants().contains(own.tenant()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your volunteer profile")));
    }
}
