package nl.onderop.matching.referral.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * created → accepted | declined (the receiving organisation), accepted → completed (the receiving
 * organisation), created → withdrawn (the referring organisation, before the other side answered).
 */
public enum ReferralStatus {
    CREATED,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    WITHDRAWN;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReferralStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }

    /** Still running: the receiving organisation needs the hand-over, and no second referral to the same service. */
    public boolean isOpen() {
        return this == CREATED || this == ACCEPTED;
    }

    /** Decided by the receiving organisation rather than the referring one. */
    public boolean isReceiversStep() {
        return this == ACCEPTED || this == DECLINED || this == COMPLETED;
    }

    /** A step that may carry an outcome note for the referrer. */
    public boolean takesOutcome() {
        return this == DECLINED || this == COMPLETED;
    }
}
