package nl.onderop.volunteers.volunteer.application;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.storage.UntilWritten;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Forgets a volunteer (GDPR art. 17): every feature removes its part ({@link PersonalDataHolder}), then the
 * profile is emptied in the same write as the erasure event that tells the other services. Asked by the
 * volunteer itself ({@code DELETE /me}), or — for a volunteer without a login of its own, registered by a
 * coordinator or imported, who cannot sign in to ask — by a coordinator of its organisation.
 */
@Component
public class EraseVolunteer {

    private final VolunteerRepository volunteers;
    private final ManageVolunteers manage;
    private final List<PersonalDataHolder> holders;

    public EraseVolunteer(VolunteerRepository volunteers, ManageVolunteers manage, ObjectProvider<PersonalDataHolder> holders) {
        this.volunteers = volunteers;
        this.manage = manage;
        this.holders = holders.orderedStream().toList();
    }

    /**
     * Emits what is left of the volunteer (its id and tenant). The last write, which empties the profile and
     * records the erasure event, re-reads the volunteer and retries when it changed meanwhile (an introduction
     * accepted, a status moved): once the other features' data is gone, the event must go out.
     */
    public Mono<Volunteer> erase(Volunteer volunteer) {
        return Flux.fromIterable(holders)
                .concatMap(holder -> holder.erase(volunteer))
                .then(UntilWritten.retrying("volunteer " + volunteer.id(), () -> volunteers.findById(volunteer.id())
                        .flatMap(current -> current.isErased() ? Mono.just(current) : manage.erase(current))));
    }

    /** A coordinator of the volunteer's organisation erases a volunteer that has no login of its own. */
    public Mono<Volunteer> onBehalf(VolunteerAccess access, String id) {
        return volunteers.findById(id)
                .filter(volunteer -> access.viewOf(volunteer) != VolunteerAccess.View.NONE)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Volunteer " + id)))
                .flatMap(volunteer -> {
                    if (!access.mayManage(volunteer)) {
                        return Mono.error(ApiProblem.forbidden("Only the volunteer's own organisation erases its data."));
                    }
                    if (volunteer.account() != null) {
                        return Mono.error(ApiProblem.conflict("This volunteer signs in and erases its own data "
                                + "(DELETE /me); a coordinator erases only volunteers without a login."));
                    }
                    return erase(volunteer);
                });
    }
}
