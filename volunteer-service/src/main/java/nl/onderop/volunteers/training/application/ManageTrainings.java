package nl.onderop.volunteers.training.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingAccess;
import nl.onderop.volunteers.training.domain.TrainingChange;
import nl.onderop.volunteers.training.domain.TrainingDetails;
import nl.onderop.volunteers.training.domain.TrainingEvents;

/** The owning coordinator's side: schedule, edit and cancel a training, and record who attended. */
@Component
public class ManageTrainings {

    private final TrainingLookup lookup;
    private final TrainingWrites writes;
    private final Clock clock;

    public ManageTrainings(TrainingLookup lookup, TrainingWrites writes, Clock clock) {
        this.lookup = lookup;
        this.writes = writes;
        this.clock = clock;
    }

    /** A training of the coordinator's own organisation, in its tenant. */
    public Mono<Training> schedule(TrainingAccess access, TrainingDetails details, boolean openToTenant) {
        return Mono.defer(() -> {
            if (!access.isCoordinator()) {
                return Mono.error(ApiProblem.forbidden(
                        "Only an organisation's coordinator (of exactly one tenant) schedules trainings."));
            }
            Training training = Training.schedule(UUID.randomUUID().toString(), access.soleTenant(),
                    access.organization(), details, openToTenant, Instant.now(clock));
            return writes.insert(training);
        }).transform(TrainingWrites::asProblems);
    }

    /** A rise in capacity gives places to the waiting list at once. */
    public Mono<Training> edit(TrainingAccess access, String id, Long expectedVersion, TrainingDetails details,
                               boolean openToTenant) {
        return writes.change(lookup.owned(access, id), current -> {
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw ApiProblem.conflict("You edited version " + expectedVersion + "; the training is at version "
                        + current.version() + ". Read it again and retry.");
            }
            TrainingChange filled = current.edited(details, openToTenant, Instant.now(clock)).fillPlaces();
            List<OutboxMessage> events = new ArrayList<>(writes.enrolmentEvents(filled, null, null));
            return new TrainingWrites.Planned<>(filled.training(), events, filled.training());
        });
    }

    public Mono<Training> cancel(TrainingAccess access, String id) {
        return writes.change(lookup.owned(access, id), current -> {
            Training cancelled = current.cancelled(Instant.now(clock));
            return new TrainingWrites.Planned<>(cancelled,
                    List.of(writes.trainingEvent(TrainingEvents.CANCELLED, cancelled)), cancelled);
        });
    }

    public Mono<Training> recordAttendance(TrainingAccess access, String id, Set<String> attendedVolunteerIds) {
        return writes.change(lookup.owned(access, id), current -> {
            Training recorded = current.attendance(attendedVolunteerIds, Instant.now(clock));
            return new TrainingWrites.Planned<>(recorded, List.of(writes.attendanceEvent(recorded)), recorded);
        });
    }
}
