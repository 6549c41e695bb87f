package nl.onderop.volunteers.task.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.task.domain.HelpRequestOrigin;
import nl.onderop.volunteers.task.domain.SignUp;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskDetails;
import nl.onderop.volunteers.task.domain.TaskStatus;

/**
 * How a task is stored: tenant first, the time window and pool flag at the top so that lists and the reminder
 * scan filter in the store, the sign-ups inside, pending events in the same document. {@code helpRequest} is
 * absent for tasks posted as such.
 */
@Document(TaskDocument.COLLECTION)
record TaskDocument(
        @Id String id,
        String tenant,
        String organization,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        int capacity,
        List<String> skills,
        boolean openToPool,
        String status,
        List<SignUp> signUps,
        boolean reminderSent,
        long version,
        Instant createdAt,
        Instant updatedAt,
        HelpRequestOrigin helpRequest,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "tasks";

    static TaskDocument from(Task task, List<OutboxMessage> events) {
        TaskDetails details = task.details();
        return new TaskDocument(task.id(), task.tenant(), task.organization(), details.title(), details.description(),
                details.startsAt(), details.endsAt(), details.place(), details.capacity(), details.skills(),
                details.openToPool(), task.status().value(), task.signUps(), task.reminderSent(), task.version(),
                task.createdAt(), task.updatedAt(), task.helpRequest(), List.copyOf(events));
    }

    Task asTask() {
        return new Task(id, tenant, organization, new TaskDetails(title, description, startsAt, endsAt, place, capacity,
                skills, openToPool),
                TaskStatus.fromValue(status).orElseThrow(() -> new IllegalStateException("Stored status unknown: " + status)),
                signUps, reminderSent, version, createdAt, updatedAt, helpRequest);
    }
}
