package nl.onderop.volunteers.task.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.volunteers.task.domain.HelpRequestSplit;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskEvents;
import nl.onderop.volunteers.task.domain.TaskStatus;

/**
 * The tasks that come from newcomers' help requests, driven by the matching service's events. A split makes
 * one task per piece, with an id derived from the piece's key: a piece already stored (a second delivery, or
 * the same split announced again) is left as it is, coordinator's edits included. Closing the request cancels
 * its tasks that are still open and not over yet; cancelled and past tasks stay as they are.
 */
@Component
public class HelpRequestTasks {

    private static final Logger log = LoggerFactory.getLogger(HelpRequestTasks.class);

    private final TaskRepository tasks;
    private final ManageTasks manage;
    private final CloudEventFactory events;
    private final Clock clock;

    public HelpRequestTasks(TaskRepository tasks, ManageTasks manage, CloudEventFactory events, Clock clock) {
        this.tasks = tasks;
        this.manage = manage;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the tasks of the split that are not there yet; the number of tasks created. */
    public Mono<Integer> split(HelpRequestSplit split) {
        return Mono.defer(() -> {
            Instant now = Instant.now(clock);
            return Flux.fromIterable(split.tasks())
                    .concatMap(piece -> manage.insert(split.task(piece, now)).map(saved -> 1)
                            .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.just(0)))
                    .reduce(0, Integer::sum)
                    .doOnNext(created -> log.info("Help request {} in tenant {}: {} of {} tasks created", split.requestId(),
                            split.tenant(), created, split.tasks().size()));
        });
    }

    /** Cancels the request's tasks that are open and not over yet; the number cancelled. */
    public Mono<Integer> close(String tenant, String requestId) {
        // read the candidates to the end before writing: an open cursor and updates stall the MongoDB-wire server
        return tasks.findFromHelpRequest(tenant, requestId).map(Task::id).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::cancelIfOpen)
                .reduce(0, Integer::sum)
                .doOnNext(cancelled -> log.info("Help request {} in tenant {} closed: {} tasks cancelled", requestId, tenant,
                        cancelled));
    }

    private Mono<Integer> cancelIfOpen(String id) {
        return OptimisticRetry.run(() -> tasks.findById(id).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> {
                    Instant now = Instant.now(clock);
                    if (found.isEmpty() || found.get().status() != TaskStatus.OPEN
                            || !found.get().details().endsAt().isAfter(now)) {
                        return Mono.just(0);
                    }
                    Task current = found.get();
                    Task cancelled = current.cancelled(now);
                    return tasks.update(cancelled, current.version(), List.of(events.outboxMessage(TaskEvents.CANCELLED,
                            cancelled.tenant(), cancelled.id(), TaskEvents.data(cancelled)))).map(saved -> 1);
                }));
    }
}
