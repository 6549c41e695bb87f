package nl.onderop.volunteers.task.application;

import java.time.Instant;
import java.util.List;

import nl.onderop.volunteers.task.domain.SignUp;
import nl.onderop.volunteers.task.domain.Task;

/** A volunteer's own sign-up with what it needs to know of the task; also its part of the data export. */
public record OwnSignUp(String taskId, String organization, String title, String place, Instant startsAt,
                        Instant endsAt, String taskStatus, List<String> overlapsWith, Instant signedUpAt) {

    public static OwnSignUp of(Task task, SignUp signUp) {
        return new OwnSignUp(task.id(), task.organization(), task.details().title(), task.details().place(),
                task.details().startsAt(), task.details().endsAt(), task.status().value(), signUp.overlapsWith(),
                signUp.signedUpAt());
    }
}
