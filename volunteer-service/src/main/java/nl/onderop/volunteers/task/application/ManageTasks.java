package nl.onderop.volunteers.task.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskAccess;
import nl.onderop.volunteers.task.domain.TaskDetails;
import nl.onderop.volunteers.task.domain.TaskEvents;
import nl.onderop.volunteers.task.domain.TaskStatus;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** The coordinator's side of a task: post it for the own organisation, edit it, cancel it. */
@Component
public class ManageTasks {

    private static final Logger log = LoggerFactory.getLogger(ManageTasks.class);

    private final TaskRepository tasks;
    private final TaskCoordinatorRules rules;
    private final CloudEventFactory events;
    private final Clock clock;

    public ManageTasks(TaskRepository tasks, TaskCoordinatorRules rules, CloudEventFactory events, Clock clock) {
        this.tasks = tasks;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Task> post(VolunteerAccess caller, TaskDetails details) {
        return Mono.defer(() -> {
            String tenant = TaskCallers.coordinatorTenant(caller);
            rules.check(details, Instant.now(clock));
            return insert(Task.posted(UUID.randomUUID().toString(), tenant, caller.organization(), details,
                    Instant.now(clock)));
        });
    }

    /** Stores a new task with its event; also for the demo data, whose caller checked who asks. */
    public Mono<Task> insert(Task task) {
        return tasks.insert(task, List.of(event(TaskEvents.POSTED, task)))
                .doOnNext(saved -> log.info("Task {} posted in tenant {}", saved.id(), saved.tenant()));
    }

    public Mono<Task> edit(VolunteerAccess caller, String id, Long expectedVersion, TaskDetails details) {
        return owned(caller, id).flatMap(current -> {
            Instant now = Instant.now(clock);
            if (expectedVersion != null && expectedVersion != current.version()) {
                return Mono.error(ApiProblem.conflict("You edited version " + expectedVersion + "; the task is at version "
                        + current.version() + ". Read it again and retry."));
            }
            if (current.status() == TaskStatus.CANCELLED) {
                return Mono.error(ApiProblem.conflict("A cancelled task is not edited."));
            }
            if (!current.details().startsAt().isAfter(now)) {
                return Mono.error(ApiProblem.conflict("The task has started or is over."));
            }
            rules.check(details, now);
            if (details.capacity() < current.signUps().size()) {
                return Mono.error(ApiProblem.conflict(current.signUps().size()
                        + " volunteers signed up already; the capacity cannot be lower."));
            }
            return store(current, current.editedTo(details, now), List.of());
        });
    }

    /** Cancelling twice changes nothing; reopening a cancelled task is not possible. */
    public Mono<Task> changeStatus(VolunteerAccess caller, String id, TaskStatus target) {
        return owned(caller, id).flatMap(current -> {
            if (current.status() == target) {
                return Mono.just(current);
            }
            if (target == TaskStatus.OPEN) {
                return Mono.error(ApiProblem.conflict("A cancelled task is not opened again; post a new one."));
            }
            Task cancelled = current.cancelled(Instant.now(clock));
            return store(current, cancelled, List.of(event(TaskEvents.CANCELLED, cancelled)));
        });
    }

    private Mono<Task> owned(VolunteerAccess caller, String id) {
        return Mono.defer(() -> {
            TaskCallers.requireCoordinator(caller);
            return tasks.findById(id)
                    .filter(task -> TaskAccess.coordinatorView(caller, task) != TaskAccess.View.NONE)
                    .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Task " + id)))
                    .flatMap(task -> task.isOwnedBy(caller.organization()) ? Mono.just(task)
                            : Mono.error(ApiProblem.forbidden("Only the task's own organisation edits or cancels it.")));
        });
    }

    private Mono<Task> store(Task current, Task changed, List<OutboxMessage> announced) {
        return tasks.update(changed, current.version(), announced)
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict(
                        "The task was changed by someone else meanwhile; read it again and retry.")));
    }

    private OutboxMessage event(String type, Task task) {
        return events.outboxMessage(type, task.tenant(), task.id(), TaskEvents.data(task));
    }
}
