package nl.onderop.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The score formulas of docs/matching-engine.md, one criterion at a time, and the hard rules of one pair. */
class ScoreFormulaTest {

    private static final double KM_PER_DEGREE_LATITUDE = Math.PI * GeoPoint.EARTH_RADIUS_KM / 180;
    private static final GeoPoint HOME = new GeoPoint(52.0, 4.3);

    private final MatchingEngine engine = new MatchingEngine();

    // ---- a feasible pair to vary ----

    private record Pair(Seeker seeker, Candidate candidate) {

        Pair seeker(Seeker changed) {
            return new Pair(changed, candidate);
        }

        Pair candidate(Candidate changed) {
            return new Pair(seeker, changed);
        }
    }

    private static Seeker seeker(List<LanguageAbility> languages, List<WeeklySlot> slots, String district,
            GeoPoint location, Set<String> interests, Set<String> needs, String ageBand) {
        return new Seeker("s", "taalmaatje", languages, slots, district, location, interests, needs, ageBand, null, 1,
                Set.of());
    }

    private static Candidate candidate(List<LanguageAbility> languages, List<WeeklySlot> slots, String district,
            GeoPoint location, Set<String> interests, Set<String> skills, String ageBand) {
        return new Candidate("c", languages, slots, district, location, interests, skills, "f", ageBand, Set.of(), 1);
    }

    private static Pair basePair() {
        List<LanguageAbility> dutch = List.of(new LanguageAbility("nl", LanguageAbility.NATIVE));
        List<WeeklySlot> slots = List.of(WeeklySlot.parse("tuesday 19:00-21:00"));
        return new Pair(seeker(dutch, slots, "Binnenstad", null, Set.of(), Set.of(), null),
                candidate(dutch, slots, "Binnenstad", null, Set.of(), Set.of(), null));
    }

    private int score(Pair pair, Criterion criterion) {
        return score(pair, criterion, Rules.DEFAULT);
    }

    private int score(Pair pair, Criterion criterion, Rules rules) {
        Proposal proposal = engine.evaluate(pair.seeker, pair.candidate, rules, Weights.DEFAULT).orElseThrow();
        return proposal.criteria().get(criterion.ordinal()).score();
    }

    private boolean feasible(Pair pair, Rules rules) {
        return engine.evaluate(pair.seeker, pair.candidate, rules, Weights.DEFAULT).isPresent();
    }

    private static Seeker withInterests(Seeker s, Set<String> interests, Set<String> needs) {
        return new Seeker(s.id(), s.kind(), s.languages(), s.availability(), s.district(), s.location(), interests,
                needs, s.ageBand(), s.preferredGender(), s.capacity(), s.declinedCandidates());
    }

    private static Candidate withInterests(Candidate c, Set<String> interests, Set<String> skills) {
        return new Candidate(c.id(), c.languages(), c.availability(), c.district(), c.location(), interests, skills,
                c.gender(), c.ageBand(), c.preferredKinds(), c.capacity());
    }

    // ---- scores ----

    @Test
    void interestsAreSharedOverAllInterests() {
        Pair pair = basePair();
        assertThat(score(pair.seeker(withInterests(pair.seeker, Set.of("koken", "lezen", "fietsen"), Set.of()))
                .candidate(withInterests(pair.candidate, Set.of("LEZEN", "fietsen", "muziek"), Set.of())),
                Criterion.INTERESTS)).as("2 shared of 4").isEqualTo(50);
        assertThat(score(pair.seeker(withInterests(pair.seeker, Set.of("koken"), Set.of()))
                .candidate(withInterests(pair.candidate, Set.of("koken"), Set.of())), Criterion.INTERESTS)).isEqualTo(100);
        assertThat(score(pair.seeker(withInterests(pair.seeker, Set.of("a", "b", "c"), Set.of()))
                .candidate(withInterests(pair.candidate, Set.of("a"), Set.of())), Criterion.INTERESTS))
                .as("1 of 3, rounded down").isEqualTo(33);
        assertThat(score(pair, Criterion.INTERESTS)).as("none at all").isZero();
    }

    @Test
    void needsCoveredBySkills() {
        Pair pair = basePair();
        assertThat(score(pair.seeker(withInterests(pair.seeker, Set.of(), Set.of("taal", "formulieren", "computer")))
                .candidate(withInterests(pair.candidate, Set.of(), Set.of("taal", "Computer", "koken"))),
                Criterion.NEEDS_SKILLS)).as("2 of 3 needs").isEqualTo(66);
        assertThat(score(pair.seeker(withInterests(pair.seeker, Set.of(), Set.of("taal")))
                .candidate(withInterests(pair.candidate, Set.of(), Set.of())), Criterion.NEEDS_SKILLS)).isZero();
        assertThat(score(pair, Criterion.NEEDS_SKILLS)).as("no needs named").isEqualTo(100);
    }

    @Test
    void languageFitCountsTheBestCommonLevelAndTheSeekersBestLanguage() {
        Pair pair = basePair();
        List<WeeklySlot> slots = pair.seeker.availability();
        Seeker arabic = seeker(List.of(LanguageAbility.parse("nl", "A2"), LanguageAbility.parse("ar", "native")),
                slots, "Binnenstad", null, Set.of(), Set.of(), null);
        Candidate dutchOnly = candidate(List.of(LanguageAbility.parse("nl", "native")), slots, "Binnenstad", null,
                Set.of(), Set.of(), null);
        Candidate arabicB1 = candidate(List.of(LanguageAbility.parse("nl", "native"), LanguageAbility.parse("ar", "B1")),
                slots, "Binnenstad", null, Set.of(), Set.of(), null);
        Candidate arabicNative = candidate(List.of(LanguageAbility.parse("ar", "native")), slots, "Binnenstad", null,
                Set.of(), Set.of(), null);
        assertThat(score(new Pair(arabic, dutchOnly), Criterion.LANGUAGE_FIT)).as("A2 in common").isEqualTo(20);
        assertThat(score(new Pair(arabic, arabicB1), Criterion.LANGUAGE_FIT)).as("B1 in common + best language")
                .isEqualTo(60);
        assertThat(score(new Pair(arabic, arabicNative), Criterion.LANGUAGE_FIT)).as("native + best language, capped")
                .isEqualTo(100);
        assertThat(score(pair, Criterion.LANGUAGE_FIT)).as("both native Dutch").isEqualTo(100);
    }

    @Test
    void scheduleOverlapGivesFullScoreFromFourHoursAWeek() {
        Pair pair = basePair();
        Seeker s = pair.seeker;
        Candidate c = pair.candidate;
        Candidate longEvening = new Candidate("c", c.languages(), List.of(WeeklySlot.parse("tuesday 18:00-22:00")),
                c.district(), null, null, null, c.gender(), null, null, 1);
        assertThat(score(pair.candidate(longEvening), Criterion.SCHEDULE_OVERLAP)).as("120 min").isEqualTo(50);
        Seeker twoEvenings = new Seeker("s", s.kind(), s.languages(),
                List.of(WeeklySlot.parse("tuesday 19:00-21:00"), WeeklySlot.parse("tuesday 20:00-22:00"),
                        WeeklySlot.parse("thursday 10:00-12:00")),
                s.district(), null, null, null, null, null, 1, null);
        assertThat(score(new Pair(twoEvenings, longEvening), Criterion.SCHEDULE_OVERLAP))
                .as("own slots merged first: 19-22 = 180 min").isEqualTo(75);
        Candidate twoDays = new Candidate("c", c.languages(),
                List.of(WeeklySlot.parse("tuesday 18:00-22:00"), WeeklySlot.parse("thursday 09:00-13:00")),
                c.district(), null, null, null, c.gender(), null, null, 1);
        assertThat(score(new Pair(twoEvenings, twoDays), Criterion.SCHEDULE_OVERLAP)).as("300 min").isEqualTo(100);
    }

    @Test
    void distanceFallsFromOneHundredAtZeroToZeroAtTheMaximum() {
        Pair pair = basePair();
        GeoPoint away = new GeoPoint(HOME.latitude() + 1.13 / KM_PER_DEGREE_LATITUDE, HOME.longitude());
        Pair located = pair.seeker(withLocation(pair.seeker, HOME)).candidate(withLocation(pair.candidate, away));
        assertThat(score(located, Criterion.DISTANCE)).as("1.13 of 5 km").isEqualTo(77);
        assertThat(score(located, Criterion.DISTANCE, Rules.DEFAULT.withDistrictRule(DistrictRule.SAME_DISTRICT)))
                .as("also under the same-district rule").isEqualTo(77);
        assertThat(score(located.candidate(withLocation(pair.candidate, HOME)), Criterion.DISTANCE)).isEqualTo(100);
        assertThat(score(pair, Criterion.DISTANCE)).as("same district, no locations").isEqualTo(70);
        assertThat(score(pair.seeker(withLocation(pair.seeker, HOME)), Criterion.DISTANCE))
                .as("same district, one location").isEqualTo(70);
        Proposal proposal = engine.evaluate(located.seeker, located.candidate, Rules.DEFAULT, Weights.DEFAULT).orElseThrow();
        assertThat(proposal.constraintsMet()).contains("distance:1.1km");
    }

    @Test
    void ageBandsScoreByNearness() {
        Pair pair = basePair();
        assertThat(score(ages(pair, "30-49", "30-49"), Criterion.AGE_BAND)).isEqualTo(100);
        assertThat(score(ages(pair, "30-49", "50-66"), Criterion.AGE_BAND)).isEqualTo(50);
        assertThat(score(ages(pair, "67+", "50-66"), Criterion.AGE_BAND)).isEqualTo(50);
        assertThat(score(ages(pair, "18-29", "50-66"), Criterion.AGE_BAND)).isZero();
        assertThat(score(ages(pair, "18-29", "67+"), Criterion.AGE_BAND)).isZero();
        assertThat(score(ages(pair, null, "67+"), Criterion.AGE_BAND)).as("unknown").isEqualTo(50);
        assertThat(score(ages(pair, "onbekend", "67+"), Criterion.AGE_BAND)).as("not a band").isEqualTo(50);
    }

    @Test
    void theTotalIsTheWeightedSum() {
        Pair pair = basePair();
        Map<Criterion, Integer> values = new EnumMap<>(Criterion.class);
        values.put(Criterion.LANGUAGE_FIT, 7);
        values.put(Criterion.DISTANCE, 2);
        values.put(Criterion.AGE_BAND, 0);
        Proposal proposal = engine.evaluate(pair.seeker, pair.candidate, Rules.DEFAULT, new Weights(values)).orElseThrow();
        assertThat(proposal.totalScore()).isEqualTo(7 * 100 + 2 * 70);
        assertThat(proposal.criteria().get(Criterion.AGE_BAND.ordinal()))
                .isEqualTo(new CriterionScore(Criterion.AGE_BAND, 50, 0, 0));
        assertThat(proposal.constraintsMet()).containsExactly("shared-language:nl:native",
                "common-slot:tuesday 19:00-21:00", "district:Binnenstad", "capacity", "preferences", "not-declined");
    }

    // ---- hard rules of one pair ----

    @Test
    void eachHardRuleOnItsOwnMakesAPairInfeasible() {
        Pair pair = basePair();
        assertThat(feasible(pair, Rules.DEFAULT)).isTrue();
        Seeker s = pair.seeker;
        Candidate c = pair.candidate;
        // language: both need the minimum level in the same language
        Seeker beginner = new Seeker("s", s.kind(), List.of(LanguageAbility.parse("nl", "A1")), s.availability(),
                s.district(), null, null, null, null, null, 1, null);
        assertThat(feasible(pair.seeker(beginner), Rules.DEFAULT)).isFalse();
        assertThat(feasible(pair.seeker(beginner), Rules.DEFAULT.withMinimumLanguageLevel(1))).isTrue();
        // schedule: one slot pair on the same day overlapping long enough (merged slots do not count)
        Seeker halfHours = new Seeker("s", s.kind(), s.languages(),
                List.of(WeeklySlot.parse("tuesday 19:00-19:40"), WeeklySlot.parse("tuesday 19:40-20:20")),
                s.district(), null, null, null, null, null, 1, null);
        assertThat(feasible(pair.seeker(halfHours), Rules.DEFAULT)).isFalse();
        assertThat(feasible(pair.seeker(halfHours), Rules.DEFAULT.withMinimumOverlapMinutes(40))).isTrue();
        // district rule
        Candidate elsewhere = new Candidate("c", c.languages(), c.availability(), "binnenstad ", null, null, null,
                c.gender(), null, null, 1);
        assertThat(feasible(pair.candidate(elsewhere), Rules.DEFAULT)).as("district case-insensitive").isTrue();
        Candidate noDistrict = new Candidate("c", c.languages(), c.availability(), null, null, null, null, c.gender(),
                null, null, 1);
        assertThat(feasible(pair.candidate(noDistrict), Rules.DEFAULT)).isFalse();
        GeoPoint far = new GeoPoint(HOME.latitude() + 5.5 / KM_PER_DEGREE_LATITUDE, HOME.longitude());
        Pair apart = pair.seeker(withLocation(s, HOME)).candidate(withLocation(noDistrict, far));
        assertThat(feasible(apart, Rules.DEFAULT)).as("5.5 km").isFalse();
        assertThat(feasible(apart, Rules.DEFAULT.withMaxDistanceKm(6))).isTrue();
        assertThat(feasible(apart, Rules.DEFAULT.withMaxDistanceKm(6).withDistrictRule(DistrictRule.SAME_DISTRICT)))
                .isFalse();
        // capacity
        Candidate full = new Candidate("c", c.languages(), c.availability(), c.district(), null, null, null, c.gender(),
                null, null, 0);
        assertThat(feasible(pair.candidate(full), Rules.DEFAULT)).isFalse();
        // preferences, both ways
        Seeker wantsMale = new Seeker("s", s.kind(), s.languages(), s.availability(), s.district(), null, null, null,
                null, "M", 1, null);
        assertThat(feasible(pair.seeker(wantsMale), Rules.DEFAULT)).isFalse();
        Seeker wantsFemale = new Seeker("s", s.kind(), s.languages(), s.availability(), s.district(), null, null, null,
                null, "F", 1, null);
        assertThat(feasible(pair.seeker(wantsFemale), Rules.DEFAULT)).isTrue();
        Candidate onlyBuddies = new Candidate("c", c.languages(), c.availability(), c.district(), null, null, null,
                c.gender(), null, Set.of("buddy"), 1);
        assertThat(feasible(pair.candidate(onlyBuddies), Rules.DEFAULT)).isFalse();
        Candidate alsoLanguage = new Candidate("c", c.languages(), c.availability(), c.district(), null, null, null,
                c.gender(), null, Set.of("buddy", "Taalmaatje"), 1);
        assertThat(feasible(pair.candidate(alsoLanguage), Rules.DEFAULT)).isTrue();
        // declined
        Seeker declines = new Seeker("s", s.kind(), s.languages(), s.availability(), s.district(), null, null, null,
                null, null, 1, Set.of("c"));
        assertThat(feasible(pair.seeker(declines), Rules.DEFAULT)).isFalse();
    }

    private static Pair ages(Pair pair, String seekerBand, String candidateBand) {
        Seeker s = pair.seeker;
        Candidate c = pair.candidate;
        return new Pair(new Seeker(s.id(), s.kind(), s.languages(), s.availability(), s.district(), s.location(),
                s.interests(), s.needs(), seekerBand, s.preferredGender(), s.capacity(), s.declinedCandidates()),
                new Candidate(c.id(), c.languages(), c.availability(), c.district(), c.location(), c.interests(),
                        c.skills(), c.gender(), candidateBand, c.preferredKinds(), c.capacity()));
    }

    private static Seeker withLocation(Seeker s, GeoPoint location) {
        return new Seeker(s.id(), s.kind(), s.languages(), s.availability(), s.district(), location, s.interests(),
                s.needs(), s.ageBand(), s.preferredGender(), s.capacity(), s.declinedCandidates());
    }

    private static Candidate withLocation(Candidate c, GeoPoint location) {
        return new Candidate(c.id(), c.languages(), c.availability(), c.district(), location, c.interests(),
                c.skills(), c.gender(), c.ageBand(), c.preferredKinds(), c.capacity());
    }
}
