package nl.onderop.volunteers.volunteer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VolunteerLifecycleTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Volunteer volunteer(VolunteerStatus status, boolean consent, String organization) {
        VolunteerProfile profile = new VolunteerProfile("Sanne", "Verbeek", "sanne@volunteers.example", null,
                List.of(new VolunteerProfile.LanguageSkill("nl", "native")), List.of(), List.of(), List.of(), "Binnenstad",
                2, List.of(), false, null, "female", "30-49");
        return new Volunteer("v1", "delft", "subject-1", profile, status, null, List.of(new Membership(organization, NOW)),
                consent ? new PoolConsent(true, NOW, PoolConsent.CURRENT_TEXT_VERSION) : PoolConsent.NOT_GIVEN, 1, NOW, NOW, null);
    }

    @Test
    void theLifecycleGoesForwardStepByStepAndPausesBothWays() {
        assertThat(VolunteerStatus.APPLIED.next()).containsExactlyInAnyOrder(VolunteerStatus.INTAKE, VolunteerStatus.STOPPED);
        assertThat(VolunteerStatus.SCREENING.mayMoveTo(VolunteerStatus.ACTIVE)).isTrue();
        assertThat(VolunteerStatus.ACTIVE.mayMoveTo(VolunteerStatus.PAUSED)).isTrue();
        assertThat(VolunteerStatus.PAUSED.mayMoveTo(VolunteerStatus.ACTIVE)).isTrue();
        assertThat(VolunteerStatus.APPLIED.mayMoveTo(VolunteerStatus.ACTIVE)).isFalse();
        assertThat(VolunteerStatus.STOPPED.next()).isEmpty();
        for (VolunteerStatus status : VolunteerStatus.values()) {
            assertThat(status.mayMoveTo(VolunteerStatus.STOPPED)).isEqualTo(status != VolunteerStatus.STOPPED);
        }
    }

    @Test
    void movingKeepsTheReasonOnlyWhenStoppedAndCountsTheVersion() {
        Volunteer stopped = volunteer(VolunteerStatus.ACTIVE, false, "taalhuis-dok")
                .movedTo(VolunteerStatus.STOPPED, StopReason.TOO_HEAVY, NOW);
        assertThat(stopped.stopReason()).isEqualTo(StopReason.TOO_HEAVY);
        assertThat(stopped.version()).isEqualTo(2);
        assertThat(volunteer(VolunteerStatus.ACTIVE, false, "taalhuis-dok")
                .movedTo(VolunteerStatus.PAUSED, StopReason.TOO_HEAVY, NOW).stopReason()).isNull();
        assertThatThrownBy(() -> stopped.movedTo(VolunteerStatus.ACTIVE, null, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void coordinatorsSeeTheirOwnInFullAndThePoolWithoutContactDetails() {
        VolunteerAccess own = new VolunteerAccess(Set.of("org-coordinator"), Set.of("delft"), "taalhuis-dok", "c1");
        VolunteerAccess other = new VolunteerAccess(Set.of("org-coordinator"), Set.of("delft"), "delftse-buur", "c2");
        VolunteerAccess otherTenant = new VolunteerAccess(Set.of("org-coordinator"), Set.of("leiden"), "taalhuis-dok", "c3");
        VolunteerAccess municipality = new VolunteerAccess(Set.of("municipality-coordinator"), Set.of("delft"), null, "m1");
        VolunteerAccess self = new VolunteerAccess(Set.of("volunteer"), Set.of("delft"), "taalhuis-dok", "subject-1");

        Volunteer inPool = volunteer(VolunteerStatus.ACTIVE, true, "taalhuis-dok");
        Volunteer noConsent = volunteer(VolunteerStatus.ACTIVE, false, "taalhuis-dok");
        Volunteer pausedWithConsent = volunteer(VolunteerStatus.PAUSED, true, "taalhuis-dok");

        assertThat(own.viewOf(noConsent)).isEqualTo(VolunteerAccess.View.FULL);
        assertThat(other.viewOf(inPool)).isEqualTo(VolunteerAccess.View.POOL);
        assertThat(other.viewOf(noConsent)).isEqualTo(VolunteerAccess.View.NONE);
        assertThat(other.viewOf(pausedWithConsent)).isEqualTo(VolunteerAccess.View.NONE);
        assertThat(otherTenant.viewOf(inPool)).isEqualTo(VolunteerAccess.View.NONE);
        assertThat(municipality.viewOf(inPool)).isEqualTo(VolunteerAccess.View.NONE);
        assertThat(self.viewOf(noConsent)).isEqualTo(VolunteerAccess.View.FULL);
        assertThat(own.mayManage(noConsent)).isTrue();
        assertThat(other.mayManage(inPool)).isFalse();
        assertThat(self.mayManage(noConsent)).isFalse();
    }
}
