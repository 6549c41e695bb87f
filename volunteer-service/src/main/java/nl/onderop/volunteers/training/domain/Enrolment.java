package nl.onderop.volunteers.training.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One volunteer's place (or place in the queue) in a training. {@code organization} is the organisation the
 * volunteer comes from, which tells whether the training was shared; {@code attended} is null until the
 * owning coordinator records attendance.
 */
public record Enrolment(String volunteerId, String firstName, String organization, EnrolmentState state,
                        Instant enrolledAt, Boolean attended) {

    public Enrolment {
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    public boolean isEnrolled() {
        return state == EnrolmentState.ENROLLED;
    }

    public boolean isWaitlisted() {
        return state == EnrolmentState.WAITLISTED;
    }

    public boolean hasAttended() {
        return Boolean.TRUE.equals(attended);
    }

    Enrolment promoted() {
        return new Enrolment(volunteerId, firstName, organization, EnrolmentState.ENROLLED, enrolledAt, attended);
    }

    Enrolment withAttendance(boolean present) {
        return new Enrolment(volunteerId, firstName, organization, state, enrolledAt, present);
    }
}
