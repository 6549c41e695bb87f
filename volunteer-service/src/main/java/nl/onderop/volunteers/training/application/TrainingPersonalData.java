package nl.onderop.volunteers.training.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.training.domain.Enrolment;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingChange;
import nl.onderop.volunteers.training.domain.TrainingEvents;
import nl.onderop.volunteers.volunteer.application.PersonalDataHolder;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/**
 * A volunteer's enrolments are personal data: they are part of its export, and an erasure takes it off every
 * enrolment and waiting list. Attendance stays as an anonymous count, so the sharing figures do not change.
 */
@Component
class TrainingPersonalData implements PersonalDataHolder {

    private final TrainingRepository trainings;
    private final TrainingWrites writes;
    private final Clock clock;

    TrainingPersonalData(TrainingRepository trainings, TrainingWrites writes, Clock clock) {
        this.trainings = trainings;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "trainingEnrolments";
    }

    @Override
    public Mono<Object> export(Volunteer volunteer) {
        return trainings.findByVolunteer(volunteer.tenant(), volunteer.id())
                .flatMapIterable(training -> training.enrolmentOf(volunteer.id())
                        .map(enrolment -> List.of(exported(training, enrolment))).orElse(List.of()))
                .collectList()
                .map(list -> list);
    }

    private static Map<String, Object> exported(Training training, Enrolment enrolment) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("trainingId", training.id());
        entry.put("title", training.details().title());
        entry.put("organization", training.organization());
        entry.put("startsAt", training.details().startsAt());
        entry.put("endsAt", training.details().endsAt());
        entry.put("trainingStatus", training.status().value());
        entry.put("state", enrolment.state().value());
        entry.put("firstName", enrolment.firstName());
        entry.put("enrolledFrom", enrolment.organization());
        entry.put("enrolledAt", enrolment.enrolledAt());
        entry.put("attended", enrolment.attended());
        return entry;
    }

    @Override
    public Mono<Void> erase(Volunteer volunteer) {
        return trainings.findByVolunteer(volunteer.tenant(), volunteer.id())
                .concatMap(found -> writes.change(trainings.findById(found.id()), current -> {
                    TrainingChange change = current.forget(volunteer.id(), Instant.now(clock));
                    return new TrainingWrites.Planned<>(change.training(),
                            writes.enrolmentEvents(change, TrainingEvents.WITHDRAWN, "erased"), change);
                }))
                .then();
    }
}
