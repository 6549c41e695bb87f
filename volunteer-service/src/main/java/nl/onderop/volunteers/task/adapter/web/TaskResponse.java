package nl.onderop.volunteers.task.adapter.web;

import java.time.Instant;
import java.util.List;

import nl.onderop.volunteers.task.application.FindTasks;
import nl.onderop.volunteers.task.domain.SignUp;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskDetails;

/**
 * A task as the caller may see it; {@code signUps} is null in lists and for volunteers. {@code source} is
 * {@code coordinator} for a task posted as such and {@code help-request} for a piece of a newcomer's help request,
 * which {@code helpRequest} then names (no personal data of the newcomer).
 */
record TaskResponse(
        String id,
        String organization,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        int capacity,
        List<String> skills,
        boolean openToPool,
        String status,
        int signUpCount,
        int placesLeft,
        long version,
        String source,
        HelpRequestResponse helpRequest,
        List<SignUpResponse> signUps) {

    /** The help request a task was split from: its id, the piece's key, the kind of help, useful languages. */
    record HelpRequestResponse(String requestId, String key, String kind, List<String> languages) {
    }

    /** Who comes, for a coordinator: {@code fromPool} when the volunteer is not of the task's organisation. */
    record SignUpResponse(String volunteerId, String firstName, boolean fromPool, List<String> overlapsWith,
                          boolean overlaps, Instant signedUpAt) {

        static SignUpResponse of(FindTasks.SeenSignUp seen) {
            SignUp signUp = seen.signUp();
            return new SignUpResponse(signUp.volunteerId(), seen.firstName(), signUp.fromPool(), signUp.overlapsWith(),
                    !signUp.overlapsWith().isEmpty(), signUp.signedUpAt());
        }
    }

    static TaskResponse of(Task task) {
        return of(task, null);
    }

    static TaskResponse of(FindTasks.SeenTask seen) {
        return of(seen.task(), seen.signUps() == null ? null : seen.signUps().stream().map(SignUpResponse::of).toList());
    }

    private static TaskResponse of(Task task, List<SignUpResponse> signUps) {
        TaskDetails details = task.details();
        return new TaskResponse(task.id(), task.organization(), details.title(), details.description(),
                details.startsAt(), details.endsAt(), details.place(), details.capacity(), details.skills(),
                details.openToPool(), task.status().value(), task.signUps().size(), task.placesLeft(), task.version(),
                task.isFromHelpRequest() ? "help-request" : "coordinator",
                task.isFromHelpRequest() ? new HelpRequestResponse(task.helpRequest().requestId(), task.helpRequest().key(),
                        task.helpRequest().kind(), task.helpRequest().languages()) : null,
                signUps);
    }
}
