package nl.onderop.matching.request.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A small, one-off piece of a help request that any volunteer can pick up; it appears in the volunteer
 * service as a task (through the split event), identified there by {@code key}. No newcomer data in it.
 */
public record SmallTask(String key, String title, String description, LocalDate date, LocalTime startTime,
                        Integer durationMinutes, String district, List<String> languages) {

    public SmallTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
