package nl.onderop.volunteers.task.domain;

import java.time.Instant;
import java.util.List;

/** What the coordinator decides about a task: the part that is posted and edited as a whole. */
public record TaskDetails(String title, String description, Instant startsAt, Instant endsAt, String place,
                          int capacity, List<String> skills, boolean openToPool) {

    public TaskDetails {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
