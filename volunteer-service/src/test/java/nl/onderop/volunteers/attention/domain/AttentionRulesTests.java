package nl.onderop.volunteers.attention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

class AttentionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static VolunteerSituation situation(VolunteerStatus status, LocalDate registered, LocalDate lastActivity,
                                                LocalDate lastCheckIn, List<VolunteerSituation.BuddyMeeting> meetings,
                                                int capacity) {
        return new VolunteerSituation("v1", "Amal", status, registered, lastActivity, lastCheckIn, meetings, capacity);
    }

    @Test
    void anActiveVolunteerSilentForTheWindowNeedsAttentionSinceItsLastActivity() {
        LocalDate last = TODAY.minusWeeks(4);
        List<AttentionItem> items = AttentionRules.itemsFor(
                situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1), last, null, List.of(), 1), 4, TODAY);
        assertThat(items).containsExactly(new AttentionItem("v1", "Amal", AttentionReason.NO_RECENT_ACTIVITY, last));
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1), last.plusDays(1), null,
                List.of(), 1), 4, TODAY)).isEmpty();
        // a longer window of the organisation waits longer
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1), last, null,
                List.of(), 1), 6, TODAY)).isEmpty();
    }

    @Test
    void aPausedVolunteerIsNotWarnedAboutSilence() {
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.PAUSED, TODAY.minusYears(1), TODAY.minusWeeks(10),
                null, List.of(), 1), 4, TODAY)).isEmpty();
    }

    @Test
    void aLaterCheckInStartsTheSilenceAgain() {
        LocalDate checkIn = TODAY.minusWeeks(1);
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1), TODAY.minusWeeks(10),
                checkIn, List.of(), 1), 4, TODAY)).isEmpty();
        List<AttentionItem> later = AttentionRules.itemsFor(situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1),
                TODAY.minusWeeks(10), checkIn, List.of(), 1), 4, TODAY.plusWeeks(3));
        assertThat(later).extracting(AttentionItem::since).containsExactly(checkIn);
    }

    @Test
    void aNewVolunteerWithoutAnyActivityAfterTheWindowNeedsAttentionSinceItJoined() {
        LocalDate joined = TODAY.minusWeeks(5);
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.SCREENING, joined, null, null, List.of(), 1), 4, TODAY))
                .containsExactly(new AttentionItem("v1", "Amal", AttentionReason.NO_FIRST_ACTIVITY, joined));
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.APPLIED, TODAY.minusWeeks(3), null, null, List.of(), 1),
                4, TODAY)).isEmpty();
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.STOPPED, joined, null, null, List.of(), 1), 4, TODAY))
                .isEmpty();
    }

    @Test
    void buddyMeetingsForMoreOrganisationsThanTheCapacityInTheWindowAreAboveCapacity() {
        List<VolunteerSituation.BuddyMeeting> meetings = List.of(
                new VolunteerSituation.BuddyMeeting("taalhuis", TODAY.minusWeeks(3)),
                new VolunteerSituation.BuddyMeeting("taalhuis", TODAY.minusWeeks(2)),
                new VolunteerSituation.BuddyMeeting("buurthuis", TODAY.minusDays(3)),
                new VolunteerSituation.BuddyMeeting("oud", TODAY.minusWeeks(9)));
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1), TODAY.minusDays(3), null,
                meetings, 1), 4, TODAY))
                .containsExactly(new AttentionItem("v1", "Amal", AttentionReason.ABOVE_CAPACITY, TODAY.minusDays(3)));
        assertThat(AttentionRules.itemsFor(situation(VolunteerStatus.ACTIVE, TODAY.minusYears(1), TODAY.minusDays(3), null,
                meetings, 2), 4, TODAY)).isEmpty();
    }

    @Test
    void weeksAreBounded() {
        assertThat(AttentionRules.isValidWeeks(0)).isFalse();
        assertThat(AttentionRules.isValidWeeks(1)).isTrue();
        assertThat(AttentionRules.isValidWeeks(52)).isTrue();
        assertThat(AttentionRules.isValidWeeks(53)).isFalse();
    }
}
