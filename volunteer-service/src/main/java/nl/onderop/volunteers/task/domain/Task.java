package nl.onderop.volunteers.task.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A small, low-threshold task of one organisation (help at an event, drive a van once). Sign-ups live inside
 * the task, so that one conditional write on {@code version} keeps the number of sign-ups within the capacity.
 * {@code reminderSent} records that the reminder went out, so that it goes out once. {@code helpRequest} is
 * set when the task is a piece of a newcomer's help request (see {@link HelpRequestOrigin}), null otherwise.
 */
public record Task(
        String id,
        String tenant,
        String organization,
        TaskDetails details,
        TaskStatus status,
        List<SignUp> signUps,
        boolean reminderSent,
        long version,
        Instant createdAt,
        Instant updatedAt,
        HelpRequestOrigin helpRequest) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        signUps = signUps == null ? List.of() : List.copyOf(signUps);
    }

    public static Task posted(String id, String tenant, String organization, TaskDetails details, Instant now) {
        return new Task(id, tenant, organization, details, TaskStatus.OPEN, List.of(), false, 1, now, now, null);
    }

    /** A task made from a piece of a help request; open like a posted one. */
    public static Task fromHelpRequest(String id, String tenant, String organization, TaskDetails details,
                                       HelpRequestOrigin origin, Instant now) {
        Objects.requireNonNull(origin, "origin");
        return new Task(id, tenant, organization, details, TaskStatus.OPEN, List.of(), false, 1, now, now, origin);
    }

    public boolean isFromHelpRequest() {
        return helpRequest != null;
    }

    public boolean isOwnedBy(String organization) {
        return this.organization.equals(organization);
    }

    public int placesLeft() {
        return Math.max(0, details.capacity() - signUps.size());
    }

    public Optional<SignUp> signUpOf(String volunteerId) {
        return signUps.stream().filter(signUp -> signUp.volunteerId().equals(volunteerId)).findFirst();
    }

    /** Do the two time windows share a moment? Touching windows (one ends when the other starts) do not. */
    public boolean overlaps(Instant startsAt, Instant endsAt) {
        return details.startsAt().isBefore(endsAt) && startsAt.isBefore(details.endsAt());
    }

    /** Why nobody can sign up now, if so: the answer is a conflict, not a wrong request. */
    public Optional<String> signUpRefusal(Instant now) {
        if (status == TaskStatus.CANCELLED) {
            return Optional.of("The task was cancelled.");
        }
        if (!details.startsAt().isAfter(now)) {
            return Optional.of("The task has started or is over.");
        }
        if (placesLeft() == 0) {
            return Optional.of("The task is full.");
        }
        return Optional.empty();
    }

    public Task withSignUp(SignUp signUp, Instant now) {
        List<SignUp> more = new ArrayList<>(signUps);
        more.add(signUp);
        return new Task(id, tenant, organization, details, status, more, reminderSent, version + 1, createdAt, now,
                helpRequest);
    }

    public Task withoutSignUpOf(String volunteerId, Instant now) {
        List<SignUp> fewer = signUps.stream().filter(signUp -> !signUp.volunteerId().equals(volunteerId)).toList();
        return new Task(id, tenant, organization, details, status, fewer, reminderSent, version + 1, createdAt, now,
                helpRequest);
    }

    /** A new start time means a new reminder: the one sent was about the old time. */
    public Task editedTo(TaskDetails newDetails, Instant now) {
        boolean remindAgain = !newDetails.startsAt().equals(details.startsAt());
        return new Task(id, tenant, organization, newDetails, status, signUps, reminderSent && !remindAgain,
                version + 1, createdAt, now, helpRequest);
    }

    public Task cancelled(Instant now) {
        return new Task(id, tenant, organization, details, TaskStatus.CANCELLED, signUps, reminderSent, version + 1,
                createdAt, now, helpRequest);
    }
}
