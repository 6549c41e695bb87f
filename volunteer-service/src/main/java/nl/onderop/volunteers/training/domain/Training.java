package nl.onderop.volunteers.training.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A training that one organisation gives, optionally open to the volunteers of every organisation in its
 * tenant. Enrolments are kept inside the training, in the order they came in, so that one conditional write
 * on {@code version} decides who gets the last place. Attendance of people who asked to be forgotten stays
 * as anonymous counts.
 */
public record Training(
        String id,
        String tenant,
        String organization,
        TrainingDetails details,
        boolean openToTenant,
        TrainingStatus status,
        List<Enrolment> enrolments,
        int forgottenAttendees,
        int forgottenAttendeesFromOtherOrganizations,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Training {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        enrolments = enrolments == null ? List.of() : List.copyOf(enrolments);
    }

    public static Training schedule(String id, String tenant, String organization, TrainingDetails details,
                                    boolean openToTenant, Instant now) {
        if (!details.startsAt().isAfter(now)) {
            throw new InvalidTrainingException("startsAt", "future", "A new training starts in the future.");
        }
        return new Training(id, tenant, organization, details, openToTenant, TrainingStatus.SCHEDULED, List.of(), 0, 0,
                1, now, now);
    }

    public boolean isCancelled() {
        return status == TrainingStatus.CANCELLED;
    }

    public boolean hasStarted(Instant now) {
        return !details.startsAt().isAfter(now);
    }

    /** May a volunteer of {@code volunteerOrganization} (in this tenant) take part? */
    public boolean admits(String volunteerOrganization) {
        return organization.equals(volunteerOrganization) || openToTenant;
    }

    public Optional<Enrolment> enrolmentOf(String volunteerId) {
        return enrolments.stream().filter(enrolment -> enrolment.volunteerId().equals(volunteerId)).findFirst();
    }

    public long enrolledCount() {
        return enrolments.stream().filter(Enrolment::isEnrolled).count();
    }

    public long waitlistCount() {
        return enrolments.stream().filter(Enrolment::isWaitlisted).count();
    }

    public long placesLeft() {
        return Math.max(0, details.capacity() - enrolledCount());
    }

    /** 1 for the first in the queue; 0 for someone who is not waiting. */
    public int waitingPosition(String volunteerId) {
        int position = 0;
        for (Enrolment enrolment : enrolments) {
            if (enrolment.isWaitlisted()) {
                position++;
                if (enrolment.volunteerId().equals(volunteerId)) {
                    return position;
                }
            }
        }
        return 0;
    }

    public long attendedCount() {
        return enrolments.stream().filter(Enrolment::hasAttended).count() + forgottenAttendees;
    }

    /** How much the organisations share: attendees who came from another organisation than the owner. */
    public long attendeesFromOtherOrganizations() {
        return enrolments.stream()
                .filter(enrolment -> enrolment.hasAttended() && !enrolment.organization().equals(organization))
                .count() + forgottenAttendeesFromOtherOrganizations;
    }

    /** Attendees per organisation they came from (the forgotten ones are not attributed). */
    public Map<String, Long> attendeesByOrganization() {
        Map<String, Long> counts = new TreeMap<>();
        enrolments.stream().filter(Enrolment::hasAttended)
                .forEach(enrolment -> counts.merge(enrolment.organization(), 1L, Long::sum));
        return counts;
    }

    public Training edited(TrainingDetails newDetails, boolean newOpenToTenant, Instant now) {
        requireScheduled("edited");
        if (hasStarted(now)) {
            throw new TrainingConflictException("The training has started; it can no longer be edited.");
        }
        if (!newDetails.startsAt().isAfter(now)) {
            throw new InvalidTrainingException("startsAt", "future", "A training is moved to a moment in the future.");
        }
        if (newDetails.capacity() < enrolledCount()) {
            throw new TrainingConflictException("The training has " + enrolledCount() + " enrolled volunteers; the capacity "
                    + "cannot go below that. Withdraw volunteers first.");
        }
        return new Training(id, tenant, organization, newDetails, newOpenToTenant, status, enrolments,
                forgottenAttendees, forgottenAttendeesFromOtherOrganizations, version + 1, createdAt, now);
    }

    /** Promotes from the waiting list while there is room, e.g. after a rise in capacity. */
    public TrainingChange fillPlaces() {
        List<Enrolment> promoted = new ArrayList<>();
        Training filled = promoteWhileRoom(new ArrayList<>(enrolments), promoted, updatedAt);
        return new TrainingChange(filled, null, promoted);
    }

    public Training cancelled(Instant now) {
        requireScheduled("cancelled");
        if (hasStarted(now)) {
            throw new TrainingConflictException("The training has started; it can no longer be cancelled.");
        }
        return new Training(id, tenant, organization, details, openToTenant, TrainingStatus.CANCELLED, enrolments,
                forgottenAttendees, forgottenAttendeesFromOtherOrganizations, version + 1, createdAt, now);
    }

    /** A place when there is one, otherwise the end of the waiting list. */
    public TrainingChange enrol(String volunteerId, String firstName, String volunteerOrganization, Instant now) {
        requireScheduled("enrolled in");
        if (hasStarted(now)) {
            throw new TrainingConflictException("The training has already started; enrolment is closed.");
        }
        if (!admits(volunteerOrganization)) {
            throw new TrainingConflictException("This training is only for the volunteers of " + organization + ".");
        }
        if (enrolmentOf(volunteerId).isPresent()) {
            throw new TrainingConflictException("The volunteer is already enrolled or on the waiting list.");
        }
        EnrolmentState state = placesLeft() > 0 ? EnrolmentState.ENROLLED : EnrolmentState.WAITLISTED;
        Enrolment enrolment = new Enrolment(volunteerId, firstName, volunteerOrganization, state, now, null);
        List<Enrolment> changed = new ArrayList<>(enrolments);
        changed.add(enrolment);
        return new TrainingChange(with(changed, now), enrolment, List.of());
    }

    /** Gives the place back; the first on the waiting list moves up into it. */
    public TrainingChange withdraw(String volunteerId, Instant now) {
        Enrolment leaving = enrolmentOf(volunteerId).orElseThrow(() ->
                new TrainingConflictException("The volunteer is not enrolled in this training."));
        if (hasStarted(now)) {
            throw new TrainingConflictException("The training has already started; withdrawing is no longer possible.");
        }
        List<Enrolment> remaining = new ArrayList<>(enrolments);
        remaining.remove(leaving);
        List<Enrolment> promoted = new ArrayList<>();
        Training after = isCancelled() ? with(remaining, now) : promoteWhileRoom(remaining, promoted, now);
        return new TrainingChange(after, leaving, promoted);
    }

    /** Records who came: the named enrolled volunteers attended, the other enrolled ones did not. */
    public Training attendance(Set<String> attendedVolunteerIds, Instant now) {
        requireScheduled("given");
        if (!hasStarted(now)) {
            throw new TrainingConflictException("Attendance is recorded once the training has started.");
        }
        for (String volunteerId : attendedVolunteerIds) {
            if (enrolmentOf(volunteerId).filter(Enrolment::isEnrolled).isEmpty()) {
                throw new InvalidTrainingException("attendedVolunteerIds", "not-enrolled",
                        "Volunteer " + volunteerId + " has no place in this training.");
            }
        }
        List<Enrolment> recorded = enrolments.stream()
                .map(enrolment -> enrolment.isEnrolled()
                        ? enrolment.withAttendance(attendedVolunteerIds.contains(enrolment.volunteerId()))
                        : enrolment)
                .toList();
        return with(recorded, now);
    }

    /**
     * Removes the volunteer (GDPR art. 17) from the enrolments and the waiting list. Attendance stays as an
     * anonymous count; a place it frees in a coming training goes to the first on the waiting list.
     */
    public TrainingChange forget(String volunteerId, Instant now) {
        Optional<Enrolment> leaving = enrolmentOf(volunteerId);
        if (leaving.isEmpty()) {
            return new TrainingChange(this, null, List.of());
        }
        Enrolment gone = leaving.get();
        List<Enrolment> remaining = new ArrayList<>(enrolments);
        remaining.remove(gone);
        int attended = gone.hasAttended() ? 1 : 0;
        int attendedFromOther = gone.hasAttended() && !gone.organization().equals(organization) ? 1 : 0;
        Training without = new Training(id, tenant, organization, details, openToTenant, status, remaining,
                forgottenAttendees + attended, forgottenAttendeesFromOtherOrganizations + attendedFromOther,
                version + 1, createdAt, now);
        if (isCancelled() || hasStarted(now)) {
            return new TrainingChange(without, gone, List.of());
        }
        List<Enrolment> promoted = new ArrayList<>();
        return new TrainingChange(without.promoteWhileRoom(new ArrayList<>(remaining), promoted, now), gone, promoted);
    }

    private Training promoteWhileRoom(List<Enrolment> list, List<Enrolment> promoted, Instant now) {
        long enrolled = list.stream().filter(Enrolment::isEnrolled).count();
        for (int i = 0; i < list.size() && enrolled < details.capacity(); i++) {
            if (list.get(i).isWaitlisted()) {
                Enrolment movedUp = list.get(i).promoted();
                list.set(i, movedUp);
                promoted.add(movedUp);
                enrolled++;
            }
        }
        return with(list, now);
    }

    private Training with(List<Enrolment> changed, Instant now) {
        return new Training(id, tenant, organization, details, openToTenant, status, changed, forgottenAttendees,
                forgottenAttendeesFromOtherOrganizations, version + 1, createdAt, now);
    }

    private void requireScheduled(String action) {
        if (isCancelled()) {
            throw new TrainingConflictException("The training is cancelled; it can no longer be " + action + ".");
        }
    }
}
