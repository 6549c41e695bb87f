package nl.onderop.volunteers.training.domain;

/** A request that the training's current state does not allow (full, cancelled, started, ...): a 409. */
public class TrainingConflictException extends RuntimeException {

    public TrainingConflictException(String detail) {
        super(detail);
    }
}
