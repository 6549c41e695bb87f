package nl.onderop.matching.engine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The hard rules and the score formulas of one (seeker, candidate) pair on compiled profiles. The formulas are
 * documented in docs/matching-engine.md; every score is an integer 0..100 so that totals are exact.
 */
final class PairRules {

    /** Distance score of a pair in the same district when a location is missing. */
    static final int SAME_DISTRICT_WITHOUT_LOCATION = 70;
    /** Common minutes per week that give the full schedule score. */
    static final int FULL_SCHEDULE_MINUTES = 240;
    /** Language-fit points per level of the best common level. */
    static final int POINTS_PER_LEVEL = 10;
    /** Language-fit bonus when the candidate speaks the seeker's best language well enough. */
    static final int BEST_LANGUAGE_BONUS = 30;

    private static final Criterion[] CRITERIA = Criterion.values();

    private PairRules() {
    }

    /** The distance in km when both locations are known, NaN otherwise. */
    static double distanceKm(Profile seeker, Profile candidate) {
        if (seeker.location == null || candidate.location == null) {
            return Double.NaN;
        }
        return seeker.location.distanceKm(candidate.location);
    }

    /** Whether the pair meets every hard rule; {@code distanceKm} from {@link #distanceKm(Profile, Profile)}. */
    static boolean feasible(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        return candidate.capacity > 0
                && preferencesMet(seeker, candidate)
                && near(seeker, candidate, rules, distanceKm)
                && bestSharedLevel(seeker, candidate, rules.minimumLanguageLevel()) >= 0
                && hasCommonSlot(seeker, candidate, rules.minimumOverlapMinutes())
                && !seeker.declined.contains(candidate.id);
    }

    static boolean preferencesMet(Profile seeker, Profile candidate) {
        if (seeker.preferredGender != Tokens.NONE && seeker.preferredGender != candidate.gender) {
            return false;
        }
        return candidate.preferredKinds.length == 0
                || (seeker.kind != Tokens.NONE && contains(candidate.preferredKinds, seeker.kind));
    }

    static boolean near(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        boolean sameDistrict = seeker.district != Tokens.NONE && seeker.district == candidate.district;
        if (rules.districtRule() == DistrictRule.SAME_DISTRICT) {
            return sameDistrict;
        }
        if (seeker.location != null && candidate.location != null) {
            return distanceKm <= rules.maxDistanceKm();
        }
        return sameDistrict;
    }

    /**
     * The best common level over the languages both speak at {@code minimumLevel} or better (the lower of the
     * two levels of one language); -1 when there is none.
     */
    static int bestSharedLevel(Profile seeker, Profile candidate, int minimumLevel) {
        int best = -1;
        int[] a = seeker.languageCodes;
        int[] b = candidate.languageCodes;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                int common = Math.min(seeker.languageLevels[i], candidate.languageLevels[j]);
                if (common >= minimumLevel) {
                    best = Math.max(best, common);
                }
                i++;
                j++;
            }
        }
        return best;
    }

    static boolean hasCommonSlot(Profile seeker, Profile candidate, int minimumMinutes) {
        if ((seeker.dayMask & candidate.dayMask) == 0) {
            return false;
        }
        for (int i = 0; i < seeker.slotDay.length; i++) {
            for (int j = 0; j < candidate.slotDay.length; j++) {
                if (seeker.slotDay[i] == candidate.slotDay[j]
                        && Math.min(seeker.slotTo[i], candidate.slotTo[j])
                                - Math.max(seeker.slotFrom[i], candidate.slotFrom[j]) >= minimumMinutes) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- scores, each 0..100 ----

    /** Shared interests divided by all interests of both (Jaccard), 0 when neither has any. */
    static int interests(int[] seeker, int[] candidate) {
        int common = commonCount(seeker, candidate);
        int union = seeker.length + candidate.length - common;
        return union == 0 ? 0 : common * 100 / union;
    }

    /** The share of the seeker's needs among the candidate's skills; 100 when the seeker names no needs. */
    static int needsSkills(int[] needs, int[] skills) {
        return needs.length == 0 ? 100 : commonCount(needs, skills) * 100 / needs.length;
    }

    /**
     * 10 points per level of the best common level (A2 = 20 .. native = 70), plus 30 when the candidate speaks
     * one of the seeker's best languages at the minimum level or better; at most 100.
     */
    static int languageFit(Profile seeker, Profile candidate, int minimumLevel) {
        int best = bestSharedLevel(seeker, candidate, minimumLevel);
        if (best < 0) {
            return 0;
        }
        boolean bonus = false;
        for (int i = 0; i < seeker.languageCodes.length && !bonus; i++) {
            if (seeker.languageLevels[i] == seeker.bestLevel
                    && candidate.level(seeker.languageCodes[i]) >= minimumLevel) {
                bonus = true;
            }
        }
        return Math.min(100, POINTS_PER_LEVEL * best + (bonus ? BEST_LANGUAGE_BONUS : 0));
    }

    /** Minutes per week in both availabilities (slots of one person merged first). */
    static int commonMinutes(Profile seeker, Profile candidate) {
        int total = 0;
        int i = 0;
        int j = 0;
        while (i < seeker.freeDay.length && j < candidate.freeDay.length) {
            long a = ((long) seeker.freeDay[i] << 32) | seeker.freeFrom[i];
            long b = ((long) candidate.freeDay[j] << 32) | candidate.freeFrom[j];
            if (seeker.freeDay[i] == candidate.freeDay[j]) {
                total += Math.max(0, Math.min(seeker.freeTo[i], candidate.freeTo[j])
                        - Math.max(seeker.freeFrom[i], candidate.freeFrom[j]));
                if (seeker.freeTo[i] <= candidate.freeTo[j]) {
                    i++;
                } else {
                    j++;
                }
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** Common minutes per week scaled so that 4 hours give 100. */
    static int scheduleOverlap(int commonMinutes) {
        return Math.min(100, commonMinutes * 100 / FULL_SCHEDULE_MINUTES);
    }

    /**
     * 100 at 0 km falling linearly to 0 at {@code maxDistanceKm} (rounded down); 70 for the same district when a
     * location is missing; 0 otherwise.
     */
    static int distance(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        if (!Double.isNaN(distanceKm)) {
            double max = rules.maxDistanceKm();
            if (max <= 0) {
                return distanceKm <= 0 ? 100 : 0;
            }
            double score = Math.floor(100.0 * (1.0 - distanceKm / max));
            return (int) Math.max(0, Math.min(100, score));
        }
        boolean sameDistrict = seeker.district != Tokens.NONE && seeker.district == candidate.district;
        return sameDistrict ? SAME_DISTRICT_WITHOUT_LOCATION : 0;
    }

    /** 100 for the same band, 50 for adjacent bands or when a band is unknown, 0 otherwise. */
    static int ageBand(Profile seeker, Profile candidate) {
        if (seeker.ageBand == Tokens.NONE || candidate.ageBand == Tokens.NONE) {
            return 50;
        }
        if (seeker.ageBand == candidate.ageBand) {
            return 100;
        }
        if (seeker.ageRank < 0 || candidate.ageRank < 0) {
            return 50;
        }
        return Math.abs(seeker.ageRank - candidate.ageRank) == 1 ? 50 : 0;
    }

    /** The score of each criterion, indexed by {@link Criterion#ordinal()}. */
    static int[] scores(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        int[] scores = new int[CRITERIA.length];
        scores[Criterion.INTERESTS.ordinal()] = interests(seeker.interests, candidate.interests);
        scores[Criterion.NEEDS_SKILLS.ordinal()] = needsSkills(seeker.needsOrSkills, candidate.needsOrSkills);
        scores[Criterion.LANGUAGE_FIT.ordinal()] = languageFit(seeker, candidate, rules.minimumLanguageLevel());
        scores[Criterion.SCHEDULE_OVERLAP.ordinal()] = scheduleOverlap(commonMinutes(seeker, candidate));
        scores[Criterion.DISTANCE.ordinal()] = distance(seeker, candidate, rules, distanceKm);
        scores[Criterion.AGE_BAND.ordinal()] = ageBand(seeker, candidate);
        return scores;
    }

    /** The weighted total: the sum of weight * score. */
    static int total(Profile seeker, Profile candidate, Rules rules, int[] weights, double distanceKm) {
        int total = 0;
        if (weights[Criterion.INTERESTS.ordinal()] != 0) {
            total += weights[Criterion.INTERESTS.ordinal()] * interests(seeker.interests, candidate.interests);
        }
        if (weights[Criterion.NEEDS_SKILLS.ordinal()] != 0) {
            total += weights[Criterion.NEEDS_SKILLS.ordinal()]
                    * needsSkills(seeker.needsOrSkills, candidate.needsOrSkills);
        }
        if (weights[Criterion.LANGUAGE_FIT.ordinal()] != 0) {
            total += weights[Criterion.LANGUAGE_FIT.ordinal()]
                    * languageFit(seeker, candidate, rules.minimumLanguageLevel());
        }
        if (weights[Criterion.SCHEDULE_OVERLAP.ordinal()] != 0) {
            total += weights[Criterion.SCHEDULE_OVERLAP.ordinal()]
                    * scheduleOverlap(commonMinutes(seeker, candidate));
        }
        if (weights[Criterion.DISTANCE.ordinal()] != 0) {
            total += weights[Criterion.DISTANCE.ordinal()] * distance(seeker, candidate, rules, distanceKm);
        }
        if (weights[Criterion.AGE_BAND.ordinal()] != 0) {
            total += weights[Criterion.AGE_BAND.ordinal()] * ageBand(seeker, candidate);
        }
        return total;
    }

    static int[] weights(Weights weights) {
        int[] result = new int[CRITERIA.length];
        for (Criterion criterion : CRITERIA) {
            result[criterion.ordinal()] = weights.weight(criterion);
        }
        return result;
    }

    static List<CriterionScore> criterionScores(Profile seeker, Profile candidate, Rules rules, int[] weights,
            double distanceKm) {
        int[] scores = scores(seeker, candidate, rules, distanceKm);
        List<CriterionScore> result = new ArrayList<>(CRITERIA.length);
        for (Criterion criterion : CRITERIA) {
            result.add(CriterionScore.of(criterion, scores[criterion.ordinal()], weights[criterion.ordinal()]));
        }
        return result;
    }

    /** The hard rules a feasible pair meets, as readable codes (see {@link Proposal#constraintsMet()}). */
    static List<String> constraintsMet(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        List<String> met = new ArrayList<>();
        List<int[]> shared = new ArrayList<>();
        for (int i = 0; i < seeker.languageCodes.length; i++) {
            int level = Math.min(seeker.languageLevels[i], candidate.level(seeker.languageCodes[i]));
            if (level >= rules.minimumLanguageLevel()) {
                shared.add(new int[] {i, level});
            }
        }
        shared.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1])
                : seeker.languageNames[a[0]].compareTo(seeker.languageNames[b[0]]));
        for (int[] language : shared) {
            met.add("shared-language:" + seeker.languageNames[language[0]] + ":"
                    + LanguageAbility.levelName(language[1]));
        }
        TreeSet<Long> slots = new TreeSet<>();
        for (int i = 0; i < seeker.slotDay.length; i++) {
            for (int j = 0; j < candidate.slotDay.length; j++) {
                int from = Math.max(seeker.slotFrom[i], candidate.slotFrom[j]);
                int to = Math.min(seeker.slotTo[i], candidate.slotTo[j]);
                if (seeker.slotDay[i] == candidate.slotDay[j] && to - from >= rules.minimumOverlapMinutes()) {
                    slots.add(((long) seeker.slotDay[i] << 32) | ((long) from << 16) | to);
                }
            }
        }
        for (long slot : slots) {
            met.add("common-slot:" + WeeklySlot.label(DayOfWeek.values()[(int) (slot >>> 32)],
                    (int) ((slot >>> 16) & 0xFFFF), (int) (slot & 0xFFFF)));
        }
        if (rules.districtRule() == DistrictRule.WITHIN_DISTANCE && !Double.isNaN(distanceKm)) {
            met.add(String.format(Locale.ROOT, "distance:%.1fkm", distanceKm));
        } else {
            met.add("district:" + seeker.districtName);
        }
        met.add("capacity");
        met.add("preferences");
        met.add("not-declined");
        return met;
    }

    static boolean contains(int[] sorted, int value) {
        return java.util.Arrays.binarySearch(sorted, value) >= 0;
    }

    private static int commonCount(int[] a, int[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return common;
    }
}
