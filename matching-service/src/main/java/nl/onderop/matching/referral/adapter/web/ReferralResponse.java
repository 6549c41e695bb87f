package nl.onderop.matching.referral.adapter.web;

import java.time.Instant;
import java.util.List;

import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.referral.application.FindReferrals;
import nl.onderop.matching.referral.domain.Referral;

/**
 * A referral as one side sees it. {@code note} and {@code newcomer} are null where the hand-over is not for the
 * caller: the receiving organisation once the referral is no longer open.
 */
record ReferralResponse(String id, String fromOrganization, String toOrganization, String serviceId,
                        String serviceName, String newcomerId, NewcomerSummary newcomer, String note, Consent consent,
                        String status, String outcome, List<Referral.Transition> history, long version,
                        Instant createdAt, Instant updatedAt) {

    /** What the receiving organisation needs to know of the newcomer for the hand-over. */
    record NewcomerSummary(String alias, List<Language> languages, List<String> needs) {
    }

    static ReferralResponse of(FindReferrals.SeenReferral seen) {
        Referral referral = seen.referral();
        Newcomer newcomer = seen.newcomer();
        return new ReferralResponse(referral.id(), referral.fromOrganization(), referral.toOrganization(),
                referral.serviceId(), referral.serviceName(), referral.newcomerId(),
                newcomer == null ? null : new NewcomerSummary(newcomer.profile().alias(), newcomer.profile().languages(),
                        newcomer.profile().needs()),
                seen.handOver() ? referral.note() : null, referral.consent(), referral.status().value(),
                referral.outcome(), referral.history(), referral.version(), referral.createdAt(), referral.updatedAt());
    }
}
