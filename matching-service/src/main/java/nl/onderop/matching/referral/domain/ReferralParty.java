package nl.onderop.matching.referral.domain;

import java.util.Optional;

import nl.onderop.matching.access.domain.MatchingAccess;

/**
 * The side from which a caller sees a referral: the referring organisation's coordinator, the receiving
 * organisation's coordinator, or the newcomer with its own account. Anyone else has no side and sees nothing.
 */
public enum ReferralParty {
    REFERRER,
    RECEIVER,
    NEWCOMER;

    /** {@code newcomerAccount} is the account of the referred newcomer, null when it has none (or was erased). */
    public static Optional<ReferralParty> of(MatchingAccess access, Referral referral, String newcomerAccount) {
        if (access.coordinates(referral.tenant(), referral.fromOrganization())) {
            return Optional.of(REFERRER);
        }
        if (access.coordinates(referral.tenant(), referral.toOrganization())) {
            return Optional.of(RECEIVER);
        }
        if (access.isNewcomer() && newcomerAccount != null && access.is(newcomerAccount)
                && access.tenants().contains(referral.tenant())) {
            return Optional.of(NEWCOMER);
        }
        return Optional.empty();
    }

    /**
     * Whether this side sees the hand-over (the note and the newcomer's alias, languages and needs): the receiving
     * organisation only while the referral is open; the referrer and the newcomer always.
     */
    public boolean seesHandOver(Referral referral) {
        return this != RECEIVER || referral.isOpen();
    }

    /** Whether this side takes the step to {@code target}. */
    public boolean takes(ReferralStatus target) {
        return target.isReceiversStep() ? this == RECEIVER : target == ReferralStatus.WITHDRAWN && this == REFERRER;
    }
}
