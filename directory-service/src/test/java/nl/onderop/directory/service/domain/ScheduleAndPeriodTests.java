package nl.onderop.directory.service.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.organization.domain.PublicationStatus;

class ScheduleAndPeriodTests {

    @Test
    void weekdaysComeFromOpeningHoursOrFromTheRrule() {
        assertThat(new Schedule(Set.of(DayOfWeek.TUESDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), null, null).openOn())
                .containsExactly(DayOfWeek.TUESDAY);
        assertThat(new Schedule(Set.of(), null, null, "FREQ=MONTHLY;BYDAY=1SA", null).openOn())
                .containsExactly(DayOfWeek.SATURDAY);
        assertThat(new Schedule(Set.of(), null, null, "FREQ=MONTHLY;BYDAY=-1FR,2WE", null).openOn())
                .containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.WEDNESDAY);
        assertThat(new Schedule(Set.of(), null, null, "FREQ=DAILY", null).openOn()).hasSize(7);
        assertThat(new Schedule(Set.of(), null, null, "FREQ=MONTHLY;BYMONTHDAY=1", null).openOn()).isEmpty();
    }

    @Test
    void anRruleThisDirectoryCannotReadIsRefused() {
        assertThatThrownBy(() -> new Schedule(Set.of(), null, null, "every tuesday", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Schedule.isValidRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")).isTrue();
    }

    private static ServiceEntry confirmedOn(LocalDate day) {
        ServiceContent content = new ServiceContent(LocalizedText.dutch("Taalcafé"), null, ServiceStatus.ACTIVE,
                List.of("language-cafe"), null, null, null, null, null, false, null, true, null, null, null, null, null, null);
        Instant created = Instant.parse("2024-01-01T10:00:00Z");
        return new ServiceEntry("id", "delft", "org", "org-slug", content, PublicationStatus.PUBLISHED, day,
                "municipality:delft", 0, 1, created, created);
    }

    @Test
    void anEntryIsStaleAfterAWholePeriodAndCountsEveryFurtherPeriod() {
        VerificationPeriod sixMonths = VerificationPeriod.SIX_MONTHS;
        ServiceEntry entry = confirmedOn(LocalDate.of(2026, 1, 15));

        assertThat(sixMonths.isStale(entry, LocalDate.of(2026, 7, 14))).isFalse();
        assertThat(sixMonths.periodsOverdue(entry, LocalDate.of(2026, 7, 15))).isEqualTo(1);
        assertThat(sixMonths.periodsOverdue(entry, LocalDate.of(2027, 1, 14))).isEqualTo(1);
        assertThat(sixMonths.periodsOverdue(entry, LocalDate.of(2027, 1, 15))).isEqualTo(2);
        assertThat(sixMonths.dueOn(entry)).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(new VerificationPeriod(Period.ofMonths(3)).periodsOverdue(entry, LocalDate.of(2026, 7, 15))).isEqualTo(2);
    }

    @Test
    void aNeverVerifiedEntryCountsFromItsCreation() {
        ServiceEntry entry = confirmedOn(null);
        assertThat(entry.lastConfirmedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(entry.verified(LocalDate.of(2026, 11, 1), "municipality:delft", Instant.now()).lastConfirmedOn())
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new VerificationPeriod(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
