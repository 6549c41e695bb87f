package nl.onderop.volunteers.training.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.onderop.volunteers.training.domain.Enrolment;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingAccess;

/**
 * A training as one caller sees it: the details and the anonymous counts for everyone who sees it; the
 * enrolments filtered by the view (the owner all, another organisation its own volunteers, a volunteer itself).
 */
record TrainingResponse(
        String id,
        String tenant,
        String organization,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        int capacity,
        boolean openToTenant,
        String status,
        long enrolledCount,
        long waitlistCount,
        long placesLeft,
        long attendedCount,
        long attendeesFromOtherOrganizations,
        String view,
        List<EnrolmentResponse> enrolments,
        long version) {

    record EnrolmentResponse(String volunteerId, String firstName, String organization, String state,
                             Integer waitingPosition, Instant enrolledAt, Boolean attended) {

        static EnrolmentResponse of(Training training, Enrolment enrolment) {
            return new EnrolmentResponse(enrolment.volunteerId(), enrolment.firstName(), enrolment.organization(),
                    enrolment.state().value(),
                    enrolment.isWaitlisted() ? training.waitingPosition(enrolment.volunteerId()) : null,
                    enrolment.enrolledAt(), enrolment.attended());
        }
    }

    /** For lists: the counts stay, the enrolments are only shown on the training itself. */
    TrainingResponse withoutEnrolments() {
        return new TrainingResponse(id, tenant, organization, title, description, startsAt, endsAt, place, onlineUrl,
                capacity, openToTenant, status, enrolledCount, waitlistCount, placesLeft, attendedCount,
                attendeesFromOtherOrganizations, view, List.of(), version);
    }

    static TrainingResponse of(Training training, TrainingAccess.View view, String organization, String ownVolunteerId) {
        List<EnrolmentResponse> shown = training.enrolments().stream()
                .filter(enrolment -> switch (view) {
                    case OWNER -> true;
                    case ORGANIZATION -> enrolment.organization().equals(organization);
                    case VOLUNTEER -> enrolment.volunteerId().equals(ownVolunteerId);
                })
                .map(enrolment -> EnrolmentResponse.of(training, enrolment))
                .toList();
        return new TrainingResponse(training.id(), training.tenant(), training.organization(),
                training.details().title(), training.details().description(), training.details().startsAt(),
                training.details().endsAt(), training.details().place(), training.details().onlineUrl(),
                training.details().capacity(), training.openToTenant(), training.status().value(),
                training.enrolledCount(), training.waitlistCount(), training.placesLeft(), training.attendedCount(),
                training.attendeesFromOtherOrganizations(), view.name().toLowerCase(Locale.ROOT), shown,
                training.version());
    }
}
