package nl.onderop.volunteers.task.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.scheduling.PeriodicJob;
import nl.onderop.platform.web.TenantRegistry;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskEvents;

/**
 * Announces {@value TaskEvents#REMINDER_DUE} once per task, {@code onderop.volunteers.tasks.reminder-before}
 * before it starts. The scan may run often and on every instance: the store records the reminder in the same
 * write as the event, on the condition that none was recorded yet, so only the first writer succeeds.
 */
@Component
public class TaskReminders extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    private final TaskRepository tasks;
    private final TenantRegistry tenants;
    private final CloudEventFactory events;
    private final Clock clock;
    private final Duration before;

    public TaskReminders(TaskRepository tasks, TenantRegistry tenants, CloudEventFactory events, Clock clock,
                         @Value("${onderop.volunteers.tasks.reminder-before:PT24H}") Duration before,
                         @Value("${onderop.volunteers.tasks.reminder-first-scan-after:PT30S}") Duration firstScanAfter,
                         @Value("${onderop.volunteers.tasks.reminder-scan-interval:PT5M}") Duration interval) {
        super("Task reminder scan", firstScanAfter, interval);
        this.tasks = tasks;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.before = before;
    }

    @Override
    protected Mono<?> runOnce() {
        return scanOnce();
    }

    /** One pass over every tenant; emits how many reminders this pass recorded. */
    public Mono<Long> scanOnce() {
        Instant now = Instant.now(clock);
        return Flux.fromIterable(tenants.tenants())
                // every due task is read before the first is written: no update while a cursor is open
                .concatMap(tenant -> tasks.findDueForReminder(tenant, now, now.plus(before)).collectList())
                .flatMapIterable(due -> due)
                .concatMap(this::remind)
                .filter(Boolean::booleanValue)
                .count()
                .doOnNext(count -> {
                    if (count > 0) {
                        log.info("Announced reminders for {} tasks", count);
                    }
                });
    }

    private Mono<Boolean> remind(Task task) {
        return tasks.recordReminder(task, events.outboxMessage(TaskEvents.REMINDER_DUE, task.tenant(), task.id(),
                TaskEvents.reminder(task)));
    }



}
