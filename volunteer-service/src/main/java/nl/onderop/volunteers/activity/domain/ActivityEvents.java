package nl.onderop.volunteers.activity.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The activity event carries what reporting counts (who by id, where, when, how long, what kind), never the note. */
public final class ActivityEvents {

    public static final String LOGGED = "nl.onderop.volunteers.activity.logged.v1";

    private ActivityEvents() {
    }

    public static Map<String, Object> logged(Activity activity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("activityId", activity.id());
        data.put("volunteerId", activity.volunteerId());
        data.put("tenant", activity.tenant());
        data.put("organization", activity.organization());
        data.put("date", activity.date().toString());
        data.put("hours", activity.hours());
        data.put("kind", activity.kind().value());
        return data;
    }
}
