package nl.onderop.volunteers.task.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.volunteers.task.domain.SignUp;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskAccess;
import nl.onderop.volunteers.task.domain.TaskEvents;
import nl.onderop.volunteers.task.domain.TaskStatus;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * A volunteer signs itself up for a task open to it, and cancels that again. Each change re-reads the task and
 * writes it on its version, so that parallel sign-ups never take more places than there are. A sign-up whose
 * time window overlaps another of the volunteer's sign-ups still succeeds: it is flagged, for the coordinator.
 */
@Component
public class TaskSignUps {

    private static final Logger log = LoggerFactory.getLogger(TaskSignUps.class);

    private final TaskRepository tasks;
    private final VolunteerRepository volunteers;
    private final CloudEventFactory events;
    private final Clock clock;

    public TaskSignUps(TaskRepository tasks, VolunteerRepository volunteers, CloudEventFactory events, Clock clock) {
        this.tasks = tasks;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /** Signing up again for the same task changes nothing and answers the existing sign-up. */
    public Mono<OwnSignUp> signUp(VolunteerAccess caller, String taskId) {
        return TaskCallers.ownVolunteer(caller, volunteers)
                .flatMap(own -> OptimisticRetry.run(() -> visibleTask(own, taskId).flatMap(task -> signUp(own, task))));
    }

    private Mono<OwnSignUp> signUp(Volunteer own, Task task) {
        if (own.status() != VolunteerStatus.ACTIVE) {
            return Mono.error(ApiProblem.forbidden("Only active volunteers sign up for tasks."));
        }
        var existing = task.signUpOf(own.id());
        if (existing.isPresent()) {
            return Mono.just(OwnSignUp.of(task, existing.get()));
        }
        Instant now = Instant.now(clock);
        var refusal = task.signUpRefusal(now);
        if (refusal.isPresent()) {
            return Mono.error(ApiProblem.conflict(refusal.get()));
        }
        return overlapping(own, task).flatMap(overlaps -> {
            SignUp signUp = new SignUp(own.id(), own.organizations(), !own.isMemberOf(task.organization()), overlaps, now);
            Task changed = task.withSignUp(signUp, now);
            return tasks.update(changed, task.version(), List.of(events.outboxMessage(TaskEvents.SIGNED_UP,
                            task.tenant(), task.id(), TaskEvents.signUp(changed, signUp))))
                    .doOnNext(saved -> log.info("Volunteer {} signed up for task {} in tenant {}", own.id(), task.id(),
                            task.tenant()))
                    .map(saved -> OwnSignUp.of(saved, signUp));
        });
    }

    /** The volunteer's other open tasks whose time window shares a moment with this one. */
    private Mono<List<String>> overlapping(Volunteer own, Task task) {
        return tasks.findSignedUpBy(own.tenant(), own.id())
                .filter(other -> !other.id().equals(task.id()) && other.status() == TaskStatus.OPEN
                        && other.overlaps(task.details().startsAt(), task.details().endsAt()))
                .map(Task::id)
                .sort()
                .collectList();
    }

    public Mono<Void> cancel(VolunteerAccess caller, String taskId) {
        return TaskCallers.ownVolunteer(caller, volunteers).flatMap(own -> OptimisticRetry.run(() -> tasks.findById(taskId)
                        .filter(task -> task.tenant().equals(own.tenant()) && task.signUpOf(own.id()).isPresent())
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your sign-up for task " + taskId)))
                        .flatMap(task -> remove(task, own.id()))))
                .then();
    }

    /** Takes the volunteer's sign-up off the task, with its event; empty when the task changed meanwhile. */
    Mono<Task> remove(Task task, String volunteerId) {
        SignUp signUp = task.signUpOf(volunteerId).orElseThrow();
        Task changed = task.withoutSignUpOf(volunteerId, Instant.now(clock));
        return tasks.update(changed, task.version(), List.of(events.outboxMessage(TaskEvents.SIGN_UP_CANCELLED,
                task.tenant(), task.id(), TaskEvents.signUp(changed, signUp))));
    }

    public Flux<OwnSignUp> own(VolunteerAccess caller) {
        return TaskCallers.ownVolunteer(caller, volunteers).flatMapMany(this::signUpsOf);
    }

    Flux<OwnSignUp> signUpsOf(Volunteer volunteer) {
        return tasks.findSignedUpBy(volunteer.tenant(), volunteer.id())
                .flatMap(task -> Mono.justOrEmpty(task.signUpOf(volunteer.id())).map(signUp -> OwnSignUp.of(task, signUp)))
                .sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
    }

    private Mono<Task> visibleTask(Volunteer own, String taskId) {
        return tasks.findById(taskId)
                .filter(task -> TaskAccess.isOpenTo(own, task))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Task " + taskId)));
    }
}
