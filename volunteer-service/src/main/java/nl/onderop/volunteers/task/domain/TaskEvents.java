package nl.onderop.volunteers.task.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events about tasks carry ids, tenant, organisation, time window and counts: enough for reporting and for a
 * notifier that looks the volunteers up itself, and never a name, a title written by people or contact details.
 * {@code helpRequestId} names the help request a task was split from (null for a task posted as such).
 */
public final class TaskEvents {

    public static final String POSTED = "nl.onderop.volunteers.task.posted.v1";
    public static final String CANCELLED = "nl.onderop.volunteers.task.cancelled.v1";
    public static final String SIGNED_UP = "nl.onderop.volunteers.task.signed-up.v1";
    public static final String SIGN_UP_CANCELLED = "nl.onderop.volunteers.task.sign-up-cancelled.v1";
    public static final String REMINDER_DUE = "nl.onderop.volunteers.task.reminder-due.v1";

    private TaskEvents() {
    }

    public static Map<String, Object> data(Task task) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", task.id());
        data.put("tenant", task.tenant());
        data.put("organization", task.organization());
        data.put("startsAt", task.details().startsAt().toString());
        data.put("endsAt", task.details().endsAt().toString());
        data.put("skills", task.details().skills());
        data.put("openToPool", task.details().openToPool());
        data.put("status", task.status().value());
        data.put("capacity", task.details().capacity());
        data.put("signUpCount", task.signUps().size());
        data.put("placesLeft", task.placesLeft());
        data.put("helpRequestId", task.isFromHelpRequest() ? task.helpRequest().requestId() : null);
        return data;
    }

    public static Map<String, Object> signUp(Task task, SignUp signUp) {
        Map<String, Object> data = data(task);
        data.put("volunteerId", signUp.volunteerId());
        data.put("fromPool", signUp.fromPool());
        data.put("overlapCount", signUp.overlapsWith().size());
        return data;
    }

    /** The volunteers to remind, by id only. */
    public static Map<String, Object> reminder(Task task) {
        Map<String, Object> data = data(task);
        data.put("volunteerIds", task.signUps().stream().map(SignUp::volunteerId).toList());
        return data;
    }
}
