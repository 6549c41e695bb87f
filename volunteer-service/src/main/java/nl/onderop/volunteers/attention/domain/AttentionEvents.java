package nl.onderop.volunteers.attention.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The early-warning event: ids, reason and dates for the coordinator's tools, never a name or a note. */
public final class AttentionEvents {

    public static final String ATTENTION_NEEDED = "nl.onderop.volunteers.volunteer.attention-needed.v1";

    private AttentionEvents() {
    }

    public static Map<String, Object> attentionNeeded(AttentionOccurrence occurrence) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("volunteerId", occurrence.item().volunteerId());
        data.put("tenant", occurrence.tenant());
        data.put("organization", occurrence.organization());
        data.put("reason", occurrence.item().reason().value());
        data.put("since", occurrence.item().since().toString());
        data.put("weeks", occurrence.weeks());
        return data;
    }
}
