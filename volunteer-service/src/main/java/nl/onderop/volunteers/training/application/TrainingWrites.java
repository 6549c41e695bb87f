package nl.onderop.volunteers.training.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.training.domain.Enrolment;
import nl.onderop.volunteers.training.domain.InvalidTrainingException;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingChange;
import nl.onderop.volunteers.training.domain.TrainingConflictException;
import nl.onderop.volunteers.training.domain.TrainingEvents;

/**
 * Changes a training by optimistic locking: read it, apply the rule, write it only if nobody wrote in between,
 * and otherwise start again from a fresh read. That is what keeps the last place from going to two people
 * who enrol at once, without transactions.
 */
@Component
public class TrainingWrites {

    /** Enough rounds for a burst of simultaneous enrolments in one training (each round one of them wins). */
    static final int MAX_ATTEMPTS = 30;

    private static final Logger log = LoggerFactory.getLogger(TrainingWrites.class);

    /** A change decided on one read of the training, with the events that announce it. */
    public record Planned<T>(Training changed, List<OutboxMessage> events, T result) {
    }

    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }

    private final TrainingRepository trainings;
    private final CloudEventFactory events;

    public TrainingWrites(TrainingRepository trainings, CloudEventFactory events) {
        this.trainings = trainings;
        this.events = events;
    }

    /** {@code load} checks access each round; {@code plan} applies the domain rule to what it found. */
    public <T> Mono<T> change(Mono<Training> load, Function<Training, Planned<T>> plan) {
        return Mono.defer(() -> load.flatMap(current -> {
                    Planned<T> planned = plan.apply(current);
                    return trainings.update(planned.changed(), current.version(), planned.events())
                            .switchIfEmpty(Mono.error(ChangedMeanwhile::new))
                            .thenReturn(planned);
                }))
                .retryWhen(Retry.backoff(MAX_ATTEMPTS, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(100))
                        .filter(ChangedMeanwhile.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> ApiProblem.conflict(
                                "Too many changes to this training at the same moment; try again.")))
                .map(planned -> {
                    log.info("Training {} in tenant {} changed to version {}", planned.changed().id(),
                            planned.changed().tenant(), planned.changed().version());
                    return planned.result();
                })
                .transform(TrainingWrites::asProblems);
    }

    /** The domain's refusals as the API answers them: 409 for the state, 400 naming the field for input. */
    public static <T> Mono<T> asProblems(Mono<T> work) {
        return work.onErrorMap(TrainingConflictException.class, conflict -> ApiProblem.conflict(conflict.getMessage()))
                .onErrorMap(InvalidTrainingException.class,
                        invalid -> ApiProblem.invalid(invalid.field(), invalid.code(), invalid.getMessage()));
    }

    public Mono<Training> insert(Training training) {
        return trainings.insert(training, List.of(trainingEvent(TrainingEvents.CREATED, training)))
                .doOnNext(saved -> log.info("Training {} created by organisation {} in tenant {}", saved.id(),
                        saved.organization(), saved.tenant()));
    }

    public OutboxMessage trainingEvent(String type, Training training) {
        return events.outboxMessage(type, training.tenant(), training.id(), TrainingEvents.training(training));
    }

    /** The move itself (if any, with its type) and a promotion event for everyone who moved up. */
    public List<OutboxMessage> enrolmentEvents(TrainingChange change, String type, String reason) {
        Training after = change.training();
        List<OutboxMessage> messages = new ArrayList<>();
        if (type != null && change.enrolment() != null) {
            messages.add(events.outboxMessage(type, after.tenant(), after.id(),
                    TrainingEvents.enrolment(after, change.enrolment(), reason)));
        }
        for (Enrolment promoted : change.promoted()) {
            messages.add(events.outboxMessage(TrainingEvents.PROMOTED, after.tenant(), after.id(),
                    TrainingEvents.enrolment(after, promoted, "place-freed")));
        }
        return messages;
    }

    public OutboxMessage attendanceEvent(Training training) {
        return events.outboxMessage(TrainingEvents.ATTENDED, training.tenant(), training.id(),
                TrainingEvents.attendance(training));
    }
}
