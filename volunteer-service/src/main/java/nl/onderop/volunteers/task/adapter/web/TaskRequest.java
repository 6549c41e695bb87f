package nl.onderop.volunteers.task.adapter.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.volunteers.task.domain.TaskDetails;

/** A whole task as the coordinator posts or edits it; {@code version} guards an edit. Unknown fields are refused. */
record TaskRequest(
        @NotBlank @Size(max = 120) String title,
        @Size(max = 2000) String description,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 200) String place,
        @NotNull @Min(1) @Max(200) Integer capacity,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,59}", message = "A skill code in kebab-case, e.g. cooking.") String> skills,
        @NotNull Boolean openToPool,
        Long version) {

    TaskDetails details() {
        return new TaskDetails(title.strip(), description == null ? null : description.strip(), startsAt.toInstant(),
                endsAt.toInstant(), place.strip(), capacity, skills == null ? List.of() : skills.stream().distinct().toList(),
                openToPool);
    }
}
