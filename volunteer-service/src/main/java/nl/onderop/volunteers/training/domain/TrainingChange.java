package nl.onderop.volunteers.training.domain;

import java.util.List;

/**
 * The outcome of a change to a training: its new state, the enrolment concerned (if any) and whoever moved
 * up from the waiting list because of it, so that each move can be announced.
 */
public record TrainingChange(Training training, Enrolment enrolment, List<Enrolment> promoted) {

    public TrainingChange {
        promoted = List.copyOf(promoted);
    }
}
