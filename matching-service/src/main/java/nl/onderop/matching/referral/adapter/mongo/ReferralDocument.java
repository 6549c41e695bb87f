package nl.onderop.matching.referral.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.platform.events.OutboxMessage;

/**
 * {@code openKey} is set only while the referral is open, under a unique sparse index: a second open referral of
 * the same newcomer to the same service fails on insert, even when two requests race.
 */
@Document(ReferralDocument.COLLECTION)
record ReferralDocument(@Id String id, String tenant, String fromOrganization, String toOrganization, String serviceId,
                        String serviceName, String newcomerId, String note, Consent consent, String status,
                        String outcome, List<Referral.Transition> history, long version, Instant createdAt,
                        Instant updatedAt, String openKey, List<OutboxMessage> outbox) {

    static final String COLLECTION = "referrals";

    static ReferralDocument from(Referral referral, List<OutboxMessage> events) {
        return new ReferralDocument(referral.id(), referral.tenant(), referral.fromOrganization(),
                referral.toOrganization(), referral.serviceId(), referral.serviceName(), referral.newcomerId(),
                referral.note(), referral.consent(), referral.status().value(), referral.outcome(), referral.history(),
                referral.version(), referral.createdAt(), referral.updatedAt(),
                referral.isOpen() ? referral.tenant() + ":" + referral.newcomerId() + ":" + referral.serviceId() : null,
                List.copyOf(events));
    }

    Referral toReferral() {
        return new Referral(id, tenant, fromOrganization, toOrganization, serviceId, serviceName, newcomerId, note,
                consent, ReferralStatus.fromValue(status)
                        .orElseThrow(() -> new IllegalStateException("Stored status unknown: " + status)),
                outcome, history, version, createdAt, updatedAt);
    }
}
