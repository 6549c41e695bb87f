package nl.onderop.matching.request.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events about help requests: ids, kind, urgency and small tasks; never the newcomer's description, never a
 * coordinator's free-text close reason (only a code). The split
 * event goes to the volunteer service and carries not even the newcomer's pseudonymous id.
 */
public final class HelpRequestEvents {

    public static final String OPENED = "nl.onderop.matching.help-request.opened.v1";
    public static final String CLOSED = "nl.onderop.matching.help-request.closed.v1";
    /** Read by the volunteer service, which creates one task per entry of {@code tasks}. */
    public static final String SPLIT = "nl.onderop.matching.help-request.split.v1";

    private HelpRequestEvents() {
    }

    public static Map<String, Object> opened(HelpRequest request) {
        Map<String, Object> data = withNewcomer(request);
        data.put("urgency", request.urgency().value());
        return data;
    }

    /** Close reasons the platform itself gives; they go out as they are. */
    public static final Set<String> REASON_CODES = Set.of(HelpRequest.MATCH_COMPLETED, HelpRequest.NEWCOMER_ERASED);
    /** What a close in a coordinator's own words goes out as: the words stay in this service. */
    public static final String CLOSED_BY_COORDINATOR = "closed-by-coordinator";

    public static Map<String, Object> closed(HelpRequest request) {
        Map<String, Object> data = withNewcomer(request);
        data.put("reason", REASON_CODES.contains(request.closeReason()) ? request.closeReason() : CLOSED_BY_COORDINATOR);
        return data;
    }

    public static Map<String, Object> split(HelpRequest request, List<SmallTask> tasks) {
        Map<String, Object> data = base(request);
        data.put("tasks", tasks.stream().map(HelpRequestEvents::task).toList());
        return data;
    }

    private static Map<String, Object> task(SmallTask task) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", task.key());
        data.put("title", task.title());
        data.put("description", task.description());
        data.put("date", task.date() == null ? null : task.date().toString());
        data.put("startTime", task.startTime() == null ? null : task.startTime().toString());
        data.put("durationMinutes", task.durationMinutes());
        data.put("district", task.district());
        data.put("languages", task.languages());
        return data;
    }

    private static Map<String, Object> base(HelpRequest request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", request.id());
        data.put("tenant", request.tenant());
        data.put("organization", request.organization());
        data.put("kind", request.kind().value());
        return data;
    }

    /** With the newcomer's pseudonymous id, unless the newcomer was erased: then no event names it any more. */
    private static Map<String, Object> withNewcomer(HelpRequest request) {
        Map<String, Object> data = base(request);
        if (!HelpRequest.NO_NEWCOMER.equals(request.newcomerId())) {
            data.put("newcomerId", request.newcomerId());
        }
        return data;
    }
}
