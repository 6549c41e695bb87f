package nl.onderop.matching.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A newcomer's question for help, held by the newcomer's organisation: open until the coordinator (or a
 * completed match) closes it. Matching runs consider open requests without a live match.
 */
public record HelpRequest(String id, String tenant, String organization, String newcomerId, RequestKind kind,
                          String description, Urgency urgency, boolean open, String closeReason, List<SmallTask> tasks,
                          long version, Instant createdAt, Instant updatedAt) {

    public HelpRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(newcomerId, "newcomerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(urgency, "urgency");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public HelpRequest closed(String reason, Instant now) {
        return new HelpRequest(id, tenant, organization, newcomerId, kind, description, urgency, false, reason, tasks,
                version + 1, createdAt, now);
    }

    /** The reason a request is closed when its match was completed. */
    public static final String MATCH_COMPLETED = "match-completed";
    /** The reason a request is closed when its newcomer is erased. */
    public static final String NEWCOMER_ERASED = "newcomer-erased";
    /** What stands where the newcomer's id was, once the newcomer is erased: the request links to nobody. */
    public static final String NO_NEWCOMER = "erased";

    /**
     * What is left when the newcomer is erased: closed (so the tasks made from it are cancelled), linked to no
     * newcomer, without the description, and its tasks without title, description and place; id, kind and dates
     * stay.
     */
    public HelpRequest erased(Instant now) {
        List<SmallTask> scrubbed = tasks.stream().map(task -> new SmallTask(task.key(), "", null, task.date(),
                task.startTime(), task.durationMinutes(), null, List.of())).toList();
        return new HelpRequest(id, tenant, organization, NO_NEWCOMER, kind, null, urgency, false,
                NEWCOMER_ERASED, scrubbed, version + 1, createdAt, now);
    }

    public HelpRequest withTasks(List<SmallTask> added, Instant now) {
        List<SmallTask> all = new ArrayList<>(tasks);
        all.addAll(added);
        return new HelpRequest(id, tenant, organization, newcomerId, kind, description, urgency, open, closeReason, all,
                version + 1, createdAt, now);
    }
}
