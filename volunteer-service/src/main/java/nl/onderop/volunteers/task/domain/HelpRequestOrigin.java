package nl.onderop.volunteers.task.domain;

import java.util.List;
import java.util.Objects;

/**
 * Where a task came from when the matching service split a newcomer's help request into small tasks: the
 * request's id, the key of the piece, the kind of help and the languages that help with it. Nothing about the
 * newcomer: the split event carries none.
 */
public record HelpRequestOrigin(String requestId, String key, String kind, List<String> languages) {

    public HelpRequestOrigin {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(key, "key");
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
