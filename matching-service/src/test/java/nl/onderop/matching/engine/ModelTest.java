package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The records' parsing and validation. */
class ModelTest {

    @Test
    void languageLevelsParseInAnyCase() {
        String[] names = {"A0", "A1", "A2", "B1", "B2", "C1", "C2", "native"};
        for (int level = 0; level < names.length; level++) {
            assertThat(LanguageAbility.parse("nl", names[level])).isEqualTo(new LanguageAbility("nl", level));
            assertThat(LanguageAbility.parse("nl", names[level].toLowerCase()).level()).isEqualTo(level);
            assertThat(LanguageAbility.parse("nl", names[level].toUpperCase()).level()).isEqualTo(level);
            assertThat(LanguageAbility.levelName(level)).isEqualTo(names[level]);
        }
        assertThat(LanguageAbility.parse("ar", " Native ")).isEqualTo(new LanguageAbility("ar", LanguageAbility.NATIVE));
        assertThat(LanguageAbility.parse("uk", "b2").levelName()).isEqualTo("B2");
    }

    @Test
    void languageCodesAreTrimmedAndLowerCase() {
        assertThat(LanguageAbility.parse(" NL ", "B1")).isEqualTo(new LanguageAbility("nl", 3));
    }

    @Test
    void unknownLanguageLevelsAndCodesAreRefused() {
        for (String level : new String[] {"B3", "", "A", "moedertaal", "1", "C 1"}) {
            assertThatThrownBy(() -> LanguageAbility.parse("nl", level)).as(level)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        }
        assertThatThrownBy(() -> LanguageAbility.parse("nl", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LanguageAbility.parse(" ", "B1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageAbility("nl", 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageAbility("nl", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeklySlotsOverlapOnTheSameDayOnly() {
        WeeklySlot tuesdayEvening = new WeeklySlot(DayOfWeek.TUESDAY, 19 * 60, 21 * 60);
        assertThat(tuesdayEvening.overlapMinutes(WeeklySlot.parse("tuesday 20:00-22:30"))).isEqualTo(60);
        assertThat(tuesdayEvening.overlapMinutes(WeeklySlot.parse("Tuesday 18:00-23:00"))).isEqualTo(120);
        assertThat(tuesdayEvening.overlapMinutes(WeeklySlot.parse("tuesday 21:00-22:00"))).isZero();
        assertThat(tuesdayEvening.overlapMinutes(WeeklySlot.parse("wednesday 19:00-21:00"))).isZero();
        assertThat(tuesdayEvening.label()).isEqualTo("tuesday 19:00-21:00");
        assertThat(WeeklySlot.parse("SUNDAY 9:05-24:00")).isEqualTo(new WeeklySlot(DayOfWeek.SUNDAY, 545, 1440));
    }

    @Test
    void weeklySlotsNeedAStartBeforeTheEnd() {
        assertThatThrownBy(() -> new WeeklySlot(DayOfWeek.MONDAY, 600, 600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklySlot(DayOfWeek.MONDAY, -1, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklySlot(DayOfWeek.MONDAY, 0, 1441)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySlot.parse("maandag 10:00-11:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySlot.parse("monday 10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySlot.parse("monday 10:70-11:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void haversineDistances() {
        GeoPoint amsterdam = new GeoPoint(52.3731, 4.8926);
        GeoPoint utrecht = new GeoPoint(52.0907, 5.1214);
        assertThat(amsterdam.distanceKm(amsterdam)).isZero();
        assertThat(amsterdam.distanceKm(utrecht)).isCloseTo(35.05, within(0.01)).isEqualTo(utrecht.distanceKm(amsterdam));
        // one degree of latitude is pi * R / 180
        assertThat(new GeoPoint(10, 20).distanceKm(new GeoPoint(11, 20)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM / 180, within(1e-9));
        // across the date line and to the antipode
        assertThat(new GeoPoint(0, 179.5).distanceKm(new GeoPoint(0, -179.5)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM / 180, within(1e-9));
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(1e-6));
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void criteriaHaveKebabCaseValues() {
        assertThat(List.of(Criterion.values())).extracting(Criterion::value).containsExactly("interests",
                "needs-skills", "language-fit", "schedule-overlap", "distance", "age-band");
        assertThat(Criterion.fromValue("Schedule-Overlap")).isEqualTo(Criterion.SCHEDULE_OVERLAP);
        assertThatThrownBy(() -> Criterion.fromValue("schedule")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsAreZeroToTenAndMissingOnesWeighNothing() {
        assertThat(Weights.DEFAULT.weight(Criterion.INTERESTS)).isEqualTo(3);
        assertThat(Weights.DEFAULT.weight(Criterion.AGE_BAND)).isEqualTo(1);
        Weights some = new Weights(Map.of(Criterion.DISTANCE, 10));
        assertThat(some.weight(Criterion.DISTANCE)).isEqualTo(10);
        assertThat(some.weight(Criterion.INTERESTS)).isZero();
        assertThat(some.with(Criterion.INTERESTS, 4).weight(Criterion.INTERESTS)).isEqualTo(4);
        assertThatThrownBy(() -> new Weights(Map.of(Criterion.DISTANCE, 11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(Map.of(Criterion.DISTANCE, -1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesHaveDefaultsAndLimits() {
        assertThat(Rules.DEFAULT).isEqualTo(new Rules(2, DistrictRule.WITHIN_DISTANCE, 5.0, 60, 3));
        assertThat(Rules.DEFAULT.withDistrictRule(DistrictRule.SAME_DISTRICT).districtRule())
                .isEqualTo(DistrictRule.SAME_DISTRICT);
        assertThatThrownBy(() -> Rules.DEFAULT.withMaxDistanceKm(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rules.DEFAULT.withMinimumOverlapMinutes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rules.DEFAULT.withMinimumLanguageLevel(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rules.DEFAULT.withAlternatives(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capacitiesAndIdsAreChecked() {
        assertThatThrownBy(() -> new Seeker("s", null, null, null, null, null, null, null, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Candidate("c", null, null, null, null, null, null, null, null, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
        Seeker seeker = new Seeker("s", null, null, null, null, null, null, null, null, null, 1, null);
        assertThat(seeker.languages()).isEmpty();
        assertThat(seeker.declinedCandidates()).isEmpty();
        MatchingProblem twice = new MatchingProblem(List.of(seeker, seeker), List.of(), null, null);
        assertThatThrownBy(() -> new MatchingEngine().run(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate seeker id 's'");
        assertThat(twice.rules()).isEqualTo(Rules.DEFAULT);
        assertThat(twice.weights()).isEqualTo(Weights.DEFAULT);
    }

    @Test
    void anEmptyProblemHasAnEmptyResult() {
        MatchingResult result = new MatchingEngine().run(new MatchingProblem(List.of(), List.of(), null, null));
        assertThat(result).isEqualTo(new MatchingResult(List.of(), List.of(), 0, 0));
        Seeker alone = new Seeker("s", null, null, null, null, null, Set.of(), Set.of(), null, null, 1, Set.of());
        assertThat(new MatchingEngine().run(new MatchingProblem(List.of(alone), List.of(), null, null)).unmatchedSeekers())
                .containsExactly("s");
    }
}
