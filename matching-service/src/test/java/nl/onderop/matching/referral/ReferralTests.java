package nl.onderop.matching.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralEvents;
import nl.onderop.matching.referral.domain.ReferralParty;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.matching.referral.domain.ReferralTransitionException;

class ReferralTests {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static Referral created() {
        return Referral.created("r1", "delft", "buur", "taalhuis", "s1", "Taalcafé", "n1", "Oefent graag",
                new Consent(Referral.CONSENT_PURPOSE, "2026-1", NOW), NOW);
    }

    @Test
    void followsTheLifecycleAndKeepsItsHistory() {
        Referral completed = created().movedTo(ReferralStatus.ACCEPTED, null, NOW.plusSeconds(60))
                .movedTo(ReferralStatus.COMPLETED, "Doet mee", NOW.plusSeconds(120));
        assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(completed.outcome()).isEqualTo("Doet mee");
        assertThat(completed.version()).isEqualTo(3);
        assertThat(completed.history()).extracting(Referral.Transition::status)
                .containsExactly("created", "accepted", "completed");
        assertThat(completed.isOpen()).isFalse();
    }

    @Test
    void refusesStepsTheStatusDoesNotAllow() {
        assertThatThrownBy(() -> created().movedTo(ReferralStatus.COMPLETED, null, NOW))
                .isInstanceOf(ReferralTransitionException.class);
        Referral accepted = created().movedTo(ReferralStatus.ACCEPTED, null, NOW);
        assertThatThrownBy(() -> accepted.movedTo(ReferralStatus.WITHDRAWN, null, NOW))
                .isInstanceOf(ReferralTransitionException.class);
        assertThatThrownBy(() -> accepted.movedTo(ReferralStatus.DECLINED, null, NOW))
                .isInstanceOf(ReferralTransitionException.class);
        Referral declined = created().movedTo(ReferralStatus.DECLINED, null, NOW);
        assertThatThrownBy(() -> declined.movedTo(ReferralStatus.ACCEPTED, null, NOW))
                .isInstanceOf(ReferralTransitionException.class);
        assertThatThrownBy(() -> created().movedTo(ReferralStatus.ACCEPTED, "Welkom", NOW))
                .isInstanceOf(ReferralTransitionException.class);
        // the same status again is no step at all
        assertThat(accepted.movedTo(ReferralStatus.ACCEPTED, null, NOW)).isSameAs(accepted);
    }

    @Test
    void eachSideTakesItsOwnStepsAndTheReceiverLosesTheHandOverWhenClosed() {
        MatchingAccess referrer = new MatchingAccess(Set.of("org-coordinator"), Set.of("delft"), "buur", "c1");
        MatchingAccess receiver = new MatchingAccess(Set.of("org-coordinator"), Set.of("delft"), "taalhuis", "c2");
        MatchingAccess elsewhere = new MatchingAccess(Set.of("org-coordinator"), Set.of("leiden"), "taalhuis", "c3");
        MatchingAccess newcomer = new MatchingAccess(Set.of("newcomer"), Set.of("delft"), "buur", "account-1");
        MatchingAccess regie = new MatchingAccess(Set.of("municipality-coordinator"), Set.of("delft"), null, "m1");
        Referral referral = created();

        assertThat(ReferralParty.of(referrer, referral, "account-1")).contains(ReferralParty.REFERRER);
        assertThat(ReferralParty.of(receiver, referral, "account-1")).contains(ReferralParty.RECEIVER);
        assertThat(ReferralParty.of(newcomer, referral, "account-1")).contains(ReferralParty.NEWCOMER);
        assertThat(ReferralParty.of(newcomer, referral, null)).isEmpty();
        assertThat(ReferralParty.of(elsewhere, referral, "account-1")).isEmpty();
        assertThat(ReferralParty.of(regie, referral, "account-1")).isEmpty();

        assertThat(ReferralParty.RECEIVER.takes(ReferralStatus.ACCEPTED)).isTrue();
        assertThat(ReferralParty.RECEIVER.takes(ReferralStatus.WITHDRAWN)).isFalse();
        assertThat(ReferralParty.REFERRER.takes(ReferralStatus.WITHDRAWN)).isTrue();
        assertThat(ReferralParty.REFERRER.takes(ReferralStatus.COMPLETED)).isFalse();
        assertThat(ReferralParty.NEWCOMER.takes(ReferralStatus.DECLINED)).isFalse();

        Referral declined = referral.movedTo(ReferralStatus.DECLINED, "Vol", NOW);
        assertThat(ReferralParty.RECEIVER.seesHandOver(referral)).isTrue();
        assertThat(ReferralParty.RECEIVER.seesHandOver(declined)).isFalse();
        assertThat(ReferralParty.REFERRER.seesHandOver(declined)).isTrue();
    }

    @Test
    void eventsCarryNoNoteAndNoOutcome() {
        Referral declined = created().movedTo(ReferralStatus.DECLINED, "Geen plek", NOW);
        assertThat(ReferralEvents.forStatus(declined.status())).isEqualTo("nl.onderop.matching.referral.declined.v1");
        assertThat(ReferralEvents.data(declined)).containsEntry("status", "declined")
                .containsEntry("toOrganization", "taalhuis").doesNotContainKeys("note", "outcome", "alias")
                .doesNotContainValue("Geen plek").doesNotContainValue("Oefent graag");
    }

    @Test
    void needsConsentForReferralAndAnotherOrganisation() {
        assertThatThrownBy(() -> Referral.created("r", "delft", "buur", "buur", "s", "n", "n1", "",
                new Consent(Referral.CONSENT_PURPOSE, "2026-1", NOW), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Referral.created("r", "delft", "buur", "taalhuis", "s", "n", "n1", "",
                new Consent(Consent.MATCHING, "2026-1", NOW), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
