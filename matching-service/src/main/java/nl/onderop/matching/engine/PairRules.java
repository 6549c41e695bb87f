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

    /** The distance in km when both locations are known (as {@link GeoPoint#distanceKm}), NaN otherwise. */
    static double distanceKm(Profile seeker, Profile candidate) {
        if (!seeker.located || !candidate.located) {
            return Double.NaN;
        }
        return GeoPoint.haversineKm(seeker.latitudeRadians, seeker.cosLatitude, candidate.latitudeRadians,
                candidate.cosLatitude, Math.toRadians(candidate.longitude - seeker.longitude));
    }

    /** Whether the pair meets every hard rule; {@code distanceKm} from {@link #distanceKm(Profile, Profile)}. */
    static boolean feasible(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        return feasibleApartFromDistance(seeker, candidate, rules) && near(seeker, candidate, rules, distanceKm);
    }

    /** Every hard rule except the district rule, cheapest and most selective first. */
    static boolean feasibleApartFromDistance(Profile seeker, Profile candidate, Rules rules) {
        return candidate.capacity > 0
                && preferencesMet(seeker, candidate)
                && hasCommonSlot(seeker, candidate, rules.minimumOverlapMinutes())
                && bestSharedLevel(seeker, candidate, rules.minimumLanguageLevel()) >= 0
                && (seeker.declined.isEmpty() || !seeker.declined.contains(candidate.id));
    }

    static boolean preferencesMet(Profile seeker, Profile candidate) {
        if (seeker.preferredGender != Tokens.NONE && seeker.preferredGender != candidate.gender) {
            return false;
        }
        if (candidate.kinds == 0) {
            return true;
        }
        if (seeker.kind == Tokens.NONE) {
            return false;
        }
        for (int i = 0; i < candidate.kinds; i++) {
            if (candidate.data[candidate.kindsAt + i] == seeker.kind) {
                return true;
            }
        }
        return false;
    }

    static boolean near(Profile seeker, Profile candidate, Rules rules, double distanceKm) {
        boolean sameDistrict = seeker.district != Tokens.NONE && seeker.district == candidate.district;
        if (rules.districtRule() == DistrictRule.SAME_DISTRICT) {
            return sameDistrict;
        }
        if (seeker.located && candidate.located) {
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
        int[] a = seeker.data;
        int[] b = candidate.data;
        int i = 0;
        int j = 0;
        while (i < seeker.languages && j < candidate.languages) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                int common = Math.min(a[seeker.languages + i], b[candidate.languages + j]);
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
        if ((seeker.timeMask & candidate.timeMask) == 0) {
            return false;
        }
        int[] a = seeker.data;
        int[] b = candidate.data;
        int aEnd = seeker.slotsAt + 3 * seeker.slots;
        int bEnd = candidate.slotsAt + 3 * candidate.slots;
        for (int i = seeker.slotsAt; i < aEnd; i += 3) {
            for (int j = candidate.slotsAt; j < bEnd; j += 3) {
                if (a[i] == b[j] && Math.min(a[i + 2], b[j + 2]) - Math.max(a[i + 1], b[j + 1]) >= minimumMinutes) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- scores, each 0..100 ----

    /** Shared interests divided by all interests of both (Jaccard), 0 when neither has any. */
    static int interests(Profile seeker, Profile candidate) {
        int common = commonCount(seeker.data, seeker.interestsAt, seeker.interests, candidate.data,
                candidate.interestsAt, candidate.interests);
        int union = seeker.interests + candidate.interests - common;
        return union == 0 ? 0 : common * 100 / union;
    }

    /** The share of the seeker's needs among the candidate's skills; 100 when the seeker names no needs. */
    static int needsSkills(Profile seeker, Profile candidate) {
        if (seeker.needs == 0) {
            return 100;
        }
        return commonCount(seeker.data, seeker.needsAt, seeker.needs, candidate.data, candidate.needsAt,
                candidate.needs) * 100 / seeker.needs;
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
        for (int i = 0; i < seeker.languages && !bonus; i++) {
            if (seeker.languageLevel(i) == seeker.bestLevel
                    && candidate.level(seeker.languageCode(i)) >= minimumLevel) {
                bonus = true;
            }
        }
        return Math.min(100, POINTS_PER_LEVEL * best + (bonus ? BEST_LANGUAGE_BONUS : 0));
    }

    /** Minutes per week in both availabilities (the slots of each person merged first). */
    static int commonMinutes(Profile seeker, Profile candidate) {
        int[] a = seeker.data;
        int[] b = candidate.data;
        int i = seeker.freeAt;
        int j = candidate.freeAt;
        int aEnd = i + 3 * seeker.free;
        int bEnd = j + 3 * candidate.free;
        int total = 0;
        while (i < aEnd && j < bEnd) {
            if (a[i] < b[j]) {
                i += 3;
            } else if (a[i] > b[j]) {
                j += 3;
            } else {
                total += Math.max(0, Math.min(a[i + 2], b[j + 2]) - Math.max(a[i + 1], b[j + 1]));
                if (a[i + 2] <= b[j + 2]) {
                    i += 3;
                } else {
                    j += 3;
                }
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
        scores[Criterion.INTERESTS.ordinal()] = interests(seeker, candidate);
        scores[Criterion.NEEDS_SKILLS.ordinal()] = needsSkills(seeker, candidate);
        scores[Criterion.LANGUAGE_FIT.ordinal()] = languageFit(seeker, candidate, rules.minimumLanguageLevel());
        scores[Criterion.SCHEDULE_OVERLAP.ordinal()] = scheduleOverlap(commonMinutes(seeker, candidate));
        scores[Criterion.DISTANCE.ordinal()] = distance(seeker, candidate, rules, distanceKm);
        scores[Criterion.AGE_BAND.ordinal()] = ageBand(seeker, candidate);
        return scores;
    }

    /** The weighted total: the sum of weight * score (criteria with weight 0 are not computed). */
    static int total(Profile seeker, Profile candidate, Rules rules, int[] weights, double distanceKm) {
        int total = 0;
        int weight = weights[Criterion.INTERESTS.ordinal()];
        if (weight != 0) {
            total += weight * interests(seeker, candidate);
        }
        weight = weights[Criterion.NEEDS_SKILLS.ordinal()];
        if (weight != 0) {
            total += weight * needsSkills(seeker, candidate);
        }
        weight = weights[Criterion.LANGUAGE_FIT.ordinal()];
        if (weight != 0) {
            total += weight * languageFit(seeker, candidate, rules.minimumLanguageLevel());
        }
        weight = weights[Criterion.SCHEDULE_OVERLAP.ordinal()];
        if (weight != 0) {
            total += weight * scheduleOverlap(commonMinutes(seeker, candidate));
        }
        weight = weights[Criterion.DISTANCE.ordinal()];
        if (weight != 0) {
            total += weight * distance(seeker, candidate, rules, distanceKm);
        }
        weight = weights[Criterion.AGE_BAND.ordinal()];
        if (weight != 0) {
            total += weight * ageBand(seeker, candidate);
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
        for (int i = 0; i < seeker.languages; i++) {
            int level = Math.min(seeker.languageLevel(i), candidate.level(seeker.languageCode(i)));
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
        TreeSet<Long> common = new TreeSet<>();
        for (int i = 0; i < seeker.slots; i++) {
            for (int j = 0; j < candidate.slots; j++) {
                int from = Math.max(seeker.slotFrom(i), candidate.slotFrom(j));
                int to = Math.min(seeker.slotTo(i), candidate.slotTo(j));
                if (seeker.slotDay(i) == candidate.slotDay(j) && to - from >= rules.minimumOverlapMinutes()) {
                    common.add(((long) seeker.slotDay(i) << 32) | ((long) from << 16) | to);
                }
            }
        }
        for (long slot : common) {
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

    private static int commonCount(int[] a, int aFrom, int aCount, int[] b, int bFrom, int bCount) {
        int common = 0;
        int i = aFrom;
        int j = bFrom;
        int aEnd = aFrom + aCount;
        int bEnd = bFrom + bCount;
        while (i < aEnd && j < bEnd) {
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
