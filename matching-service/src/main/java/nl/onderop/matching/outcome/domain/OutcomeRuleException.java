package nl.onderop.matching.outcome.domain;

/** A change to goals, evaluations or stories that the current state does not allow. */
public class OutcomeRuleException extends RuntimeException {

    public OutcomeRuleException(String message) {
        super(message);
    }
}
