package nl.onderop.volunteers.training.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingAccess;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/** Reading trainings: one, a page of the ones the caller may see, the own enrolments, the sharing summary. */
@Component
public class FindTrainings {

    /** What the caller sees of a training, and (for volunteers) which volunteer it is. */
    public record Seen(Training training, TrainingAccess.View view, String ownVolunteerId) {
    }

    public record Page(List<Training> trainings, long total) {
    }

    /** How much an organisation shares: others at its trainings, and its volunteers at others' trainings. */
    public record SharingSummary(String organization, List<Training> ownTrainings, long attendees,
                                 long attendeesFromOtherOrganizations, long otherOrganizationsReached,
                                 long ownVolunteersAttendingElsewhere) {
    }

    private final TrainingRepository trainings;
    private final TrainingLookup lookup;
    private final TrainingEnrolments enrolments;
    private final Clock clock;

    public FindTrainings(TrainingRepository trainings, TrainingLookup lookup, TrainingEnrolments enrolments,
                         Clock clock) {
        this.trainings = trainings;
        this.lookup = lookup;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    public Mono<Seen> byId(TrainingAccess access, String id) {
        return lookup.visible(access, id).flatMap(training -> {
            TrainingAccess.View view = access.viewOf(training);
            if (view != TrainingAccess.View.VOLUNTEER) {
                return Mono.just(new Seen(training, view, null));
            }
            // a volunteer without a profile still sees the training, just no enrolment of its own
            return enrolments.ownProfile(access).map(Volunteer::id)
                    .onErrorResume(ApiProblem.class, noProfile -> Mono.empty())
                    .map(volunteerId -> new Seen(training, view, volunteerId))
                    .defaultIfEmpty(new Seen(training, view, null));
        });
    }

    /** The own organisation's trainings and those open to the tenant; {@code upcoming} leaves out ended ones. */
    public Mono<Page> visible(TrainingAccess access, boolean upcoming, int page, int pageSize) {
        Instant endingAfter = upcoming ? Instant.now(clock) : null;
        String tenant = access.soleTenant();
        if (tenant == null) {
            return lookup.requireUser(access).then(Mono.error(ApiProblem.forbidden("Trainings are listed for one tenant at a time.")));
        }
        return lookup.requireUser(access)
                .then(trainings.countVisible(tenant, access.organization(), true, endingAfter))
                .flatMap(total -> trainings.findVisible(tenant, access.organization(), true, endingAfter,
                                (long) (page - 1) * pageSize, pageSize)
                        .collectList().map(found -> new Page(found, total)));
    }

    /** The volunteer's enrolments, soonest first, with its volunteer id to pick its own entries. */
    public Mono<Own> own(TrainingAccess access) {
        return enrolments.ownProfile(access).flatMap(own -> trainings.findByVolunteer(own.tenant(), own.id())
                .sort(Comparator.comparing((Training training) -> training.details().startsAt()).thenComparing(Training::id))
                .collectList()
                .map(found -> new Own(own.id(), found)));
    }

    public record Own(String volunteerId, List<Training> trainings) {
    }

    public Mono<SharingSummary> sharingSummary(TrainingAccess access) {
        if (!access.isCoordinator()) {
            return lookup.requireUser(access).then(Mono.error(
                    ApiProblem.forbidden("The sharing summary is for organisation coordinators.")));
        }
        String tenant = access.soleTenant();
        String organization = access.organization();
        Mono<Long> attendingElsewhere = trainings.findAttendedFrom(tenant, organization)
                .filter(training -> !training.organization().equals(organization))
                .flatMapIterable(Training::enrolments)
                .filter(enrolment -> enrolment.hasAttended() && enrolment.organization().equals(organization))
                .count();
        return trainings.findOwnedBy(tenant, organization)
                .sort(Comparator.comparing((Training training) -> training.details().startsAt()).thenComparing(Training::id))
                .collectList()
                .zipWith(attendingElsewhere)
                .map(found -> {
                    List<Training> own = found.getT1();
                    long otherOrganizations = own.stream()
                            .flatMap(training -> training.attendeesByOrganization().keySet().stream())
                            .filter(other -> !other.equals(organization))
                            .distinct().count();
                    return new SharingSummary(organization, own,
                            own.stream().mapToLong(Training::attendedCount).sum(),
                            own.stream().mapToLong(Training::attendeesFromOtherOrganizations).sum(),
                            otherOrganizations, found.getT2());
                });
    }
}
