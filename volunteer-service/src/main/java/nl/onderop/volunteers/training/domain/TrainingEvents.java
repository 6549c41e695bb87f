package nl.onderop.volunteers.training.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events about trainings carry ids, the tenant, organisations and counts, so that reporting can show how
 * much the initiatives share; never names, titles written by people, or contact details.
 */
public final class TrainingEvents {

    public static final String CREATED = "nl.onderop.volunteers.training.created.v1";
    public static final String CANCELLED = "nl.onderop.volunteers.training.cancelled.v1";
    public static final String ENROLLED = "nl.onderop.volunteers.training.enrolled.v1";
    public static final String WAITLISTED = "nl.onderop.volunteers.training.waitlisted.v1";
    public static final String PROMOTED = "nl.onderop.volunteers.training.promoted.v1";
    public static final String WITHDRAWN = "nl.onderop.volunteers.training.withdrawn.v1";
    public static final String ATTENDED = "nl.onderop.volunteers.training.attended.v1";

    private TrainingEvents() {
    }

    public static String forEnrolment(Enrolment enrolment) {
        return enrolment.isEnrolled() ? ENROLLED : WAITLISTED;
    }

    public static Map<String, Object> training(Training training) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trainingId", training.id());
        data.put("tenant", training.tenant());
        data.put("organization", training.organization());
        data.put("openToTenant", training.openToTenant());
        data.put("status", training.status().value());
        data.put("startsAt", training.details().startsAt().toString());
        data.put("endsAt", training.details().endsAt().toString());
        data.put("capacity", training.details().capacity());
        data.put("enrolledCount", training.enrolledCount());
        data.put("waitlistCount", training.waitlistCount());
        return data;
    }

    /** A move of one volunteer: its id and organisation, and the counts after the move. */
    public static Map<String, Object> enrolment(Training training, Enrolment enrolment, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trainingId", training.id());
        data.put("tenant", training.tenant());
        data.put("organization", training.organization());
        data.put("volunteerId", enrolment.volunteerId());
        data.put("volunteerOrganization", enrolment.organization());
        data.put("fromOtherOrganization", !enrolment.organization().equals(training.organization()));
        data.put("capacity", training.details().capacity());
        data.put("enrolledCount", training.enrolledCount());
        data.put("waitlistCount", training.waitlistCount());
        if (reason != null) {
            data.put("reason", reason);
        }
        return data;
    }

    public static Map<String, Object> attendance(Training training) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("trainingId", training.id());
        data.put("tenant", training.tenant());
        data.put("organization", training.organization());
        data.put("enrolledCount", training.enrolledCount());
        data.put("attendedCount", training.attendedCount());
        data.put("attendeesFromOtherOrganizations", training.attendeesFromOtherOrganizations());
        data.put("attendeesByOrganization", training.attendeesByOrganization());
        return data;
    }
}
