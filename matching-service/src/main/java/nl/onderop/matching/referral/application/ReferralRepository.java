package nl.onderop.matching.referral.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of referrals, each with its pending events in the same document. */
public interface ReferralRepository {

    /** Which referrals of an organisation a list shows: those it sent, those it received, or both. */
    enum Direction {
        OUTGOING,
        INCOMING,
        BOTH
    }

    /** Stores a new referral; fails with {@link OpenReferralExistsException} when one for the newcomer and service is open. */
    Mono<Referral> insert(Referral referral, List<OutboxMessage> events);

    /** Stores {@code changed} if the stored version is still {@code expectedVersion}; empty otherwise. */
    Mono<Referral> update(Referral changed, long expectedVersion, List<OutboxMessage> events);

    Mono<Referral> findById(String id);

    /** Newest change first; {@code status} null for every status. */
    Flux<Referral> findByOrganization(String tenant, String organization, Direction direction, ReferralStatus status,
                                      long skip, int limit);

    Mono<Long> countByOrganization(String tenant, String organization, Direction direction, ReferralStatus status);

    /** Newest first. */
    Flux<Referral> findByNewcomer(String newcomerId, long skip, int limit);

    Mono<Long> countByNewcomer(String newcomerId);

    Mono<Void> deleteByNewcomer(String newcomerId);

    /** An open referral of the same newcomer to the same service is stored already. */
    class OpenReferralExistsException extends RuntimeException {
        public OpenReferralExistsException(Throwable cause) {
            super("An open referral of this newcomer to this service exists", cause);
        }
    }
}
