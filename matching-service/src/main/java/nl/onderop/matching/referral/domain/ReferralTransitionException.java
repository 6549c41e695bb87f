package nl.onderop.matching.referral.domain;

/** A status change that the referral's current status does not allow. */
public class ReferralTransitionException extends RuntimeException {

    public ReferralTransitionException(String message) {
        super(message);
    }
}
