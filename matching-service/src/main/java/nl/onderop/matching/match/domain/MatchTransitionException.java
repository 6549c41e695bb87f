package nl.onderop.matching.match.domain;

/** A lifecycle step that the match's current state does not allow. */
public class MatchTransitionException extends RuntimeException {

    public MatchTransitionException(String message) {
        super(message);
    }
}
