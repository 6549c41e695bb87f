package nl.onderop.volunteers.training.adapter.web;

import java.time.Instant;

import nl.onderop.volunteers.training.application.TrainingEnrolments;
import nl.onderop.volunteers.training.domain.Enrolment;
import nl.onderop.volunteers.training.domain.Training;

/** One volunteer's enrolment in one training, with the training's essentials so a list needs no second call. */
record TrainingEnrolmentResponse(
        String trainingId,
        String title,
        String organization,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineUrl,
        String trainingStatus,
        String volunteerId,
        String state,
        Integer waitingPosition,
        Instant enrolledAt,
        Boolean attended) {

    static TrainingEnrolmentResponse of(TrainingEnrolments.Enrolled enrolled) {
        return of(enrolled.training(), enrolled.enrolment());
    }

    static TrainingEnrolmentResponse of(Training training, Enrolment enrolment) {
        return new TrainingEnrolmentResponse(training.id(), training.details().title(), training.organization(),
                training.details().startsAt(), training.details().endsAt(), training.details().place(),
                training.details().onlineUrl(), training.status().value(), enrolment.volunteerId(),
                enrolment.state().value(),
                enrolment.isWaitlisted() ? training.waitingPosition(enrolment.volunteerId()) : null,
                enrolment.enrolledAt(), enrolment.attended());
    }
}
