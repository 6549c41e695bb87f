package nl.onderop.matching.referral.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralEvents;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.matching.referral.domain.ReferralTransitionException;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * The receiving organisation accepts or declines a referral and completes what it accepted, optionally with an
 * outcome for the referrer; the referring organisation withdraws one that was not answered yet. Each change is
 * announced; a step the status does not allow is a 409, a step of the other side a 403.
 */
@Component
public class ChangeReferralStatus {

    private static final Logger log = LoggerFactory.getLogger(ChangeReferralStatus.class);

    private final FindReferrals find;
    private final ReferralRepository referrals;
    private final CloudEventFactory events;
    private final Clock clock;

    public ChangeReferralStatus(FindReferrals find, ReferralRepository referrals, CloudEventFactory events, Clock clock) {
        this.find = find;
        this.referrals = referrals;
        this.events = events;
        this.clock = clock;
    }

    /** {@code outcome} may be null; {@code version}, when given, must be the stored one. */
    public Mono<FindReferrals.SeenReferral> change(MatchingAccess access, String id, ReferralStatus target,
                                                   String outcome, Long version) {
        String note = outcome == null || outcome.isBlank() ? null : outcome.strip();
        if (note != null && !target.takesOutcome()) {
            return Mono.error(ApiProblem.invalid("outcome", "notAllowed",
                    "An outcome goes with the status declined or completed only."));
        }
        return find.visible(access, id).flatMap(seen -> {
            Referral referral = seen.referral();
            if (!seen.party().takes(target)) {
                return Mono.error(ApiProblem.forbidden(target == ReferralStatus.WITHDRAWN
                        ? "Only the referring organisation's coordinator withdraws a referral."
                        : "Only the receiving organisation's coordinator answers a referral."));
            }
            if (version != null && version != referral.version()) {
                return Mono.error(ApiProblem.conflict("The referral changed meanwhile (now version "
                        + referral.version() + ")."));
            }
            Referral changed;
            try {
                changed = referral.movedTo(target, note, Instant.now(clock));
            } catch (ReferralTransitionException notNow) {
                return Mono.error(ApiProblem.conflict(notNow.getMessage()));
            }
            if (changed == referral) {
                return Mono.just(seen);
            }
            return referrals.update(changed, referral.version(), List.of(events.outboxMessage(
                            ReferralEvents.forStatus(changed.status()), changed.tenant(), changed.id(),
                            ReferralEvents.data(changed))))
                    .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The referral changed meanwhile; reload it.")))
                    .doOnNext(stored -> log.info("Referral {} in tenant {} is now {}", stored.id(), stored.tenant(),
                            stored.status().value()))
                    .map(stored -> FindReferrals.SeenReferral.of(stored, seen.party(), seen.newcomer()));
        });
    }
}
