package nl.onderop.volunteers.task.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.task.domain.Task;

/** Storage of tasks with their sign-ups; every write stores the task and its events in one atomic write. */
public interface TaskRepository {

    Mono<Task> insert(Task task, List<OutboxMessage> events);

    /** Stores it if the stored one still has {@code expectedVersion}; empty when it changed meanwhile. */
    Mono<Task> update(Task task, long expectedVersion, List<OutboxMessage> events);

    /** Records the reminder with its event, only if no reminder was recorded yet; true for the one writer that did. */
    Mono<Boolean> recordReminder(Task task, OutboxMessage event);

    Mono<Task> findById(String id);

    /**
     * Tasks not over yet, soonest first: open or cancelled ones of {@code organizations}, and, with
     * {@code withPool}, the open ones of the tenant's other organisations that are open to the pool.
     */
    Flux<Task> findUpcoming(String tenant, Collection<String> organizations, boolean onlyOpen, boolean withPool,
                            Instant now, int skip, int limit);

    Mono<Long> countUpcoming(String tenant, Collection<String> organizations, boolean onlyOpen, boolean withPool,
                             Instant now);

    Flux<Task> findSignedUpBy(String tenant, String volunteerId);

    /** The tasks split from the help request {@code requestId}, whatever their status. */
    Flux<Task> findFromHelpRequest(String tenant, String requestId);

    /** Open tasks without a reminder that start after {@code now} and not later than {@code until}. */
    Flux<Task> findDueForReminder(String tenant, Instant now, Instant until);
}
