package nl.onderop.volunteers.volunteer.application;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** Reads of volunteers with the view the caller is entitled to; anything else is 404. */
@Component
public class FindVolunteers {

    public record Seen(Volunteer volunteer, VolunteerAccess.View view) {
    }

    public record Found(List<Seen> volunteers, long total) {
    }

    private final VolunteerRepository volunteers;

    public FindVolunteers(VolunteerRepository volunteers) {
        this.volunteers = volunteers;
    }

    public Mono<Seen> byId(VolunteerAccess access, String id) {
        return volunteers.findById(id)
                .map(volunteer -> new Seen(volunteer, access.viewOf(volunteer)))
                .filter(seen -> seen.view() != VolunteerAccess.View.NONE)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Volunteer " + id)));
    }

    /**
     * A volunteer the caller manages, for a feature's coordinator-only reads and writes: roles without personal
     * data of volunteers answer 403, a volunteer of another organisation or tenant 404.
     */
    public Mono<Volunteer> managed(VolunteerAccess access, String id) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only the coordinator of the volunteer's organisation sees this."));
        }
        return volunteers.findById(id)
                .filter(volunteer -> !volunteer.isErased() && access.mayManage(volunteer))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Volunteer " + id)));
    }

    public Mono<Volunteer> own(VolunteerAccess access) {
        if (!access.mayHaveOwnProfile()) {
            return Mono.error(ApiProblem.forbidden("Only volunteers (and newcomers who volunteer) keep a volunteer profile."));
        }
        return volunteers.findByAccount(access.subject())
                .filter(own -> !own.isErased() && access.tenants().contains(own.tenant()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your volunteer profile")));
    }

    /** A coordinator's search, sorted by first name then id for stable pages. */
    public Mono<Found> search(VolunteerAccess access, VolunteerSearch search, int page, int pageSize) {
        if (!access.isCoordinatorIn(search.tenant())) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators search volunteers."));
        }
        return volunteers.findForSearch(search)
                .filter(search::matches)
                .collectSortedList(Comparator.comparing((Volunteer volunteer) -> volunteer.profile().firstName())
                        .thenComparing(Volunteer::id))
                .map(all -> new Found(all.stream().skip((long) (page - 1) * pageSize).limit(pageSize)
                        .map(volunteer -> new Seen(volunteer, access.viewOf(volunteer))).toList(), all.size()));
    }
}
