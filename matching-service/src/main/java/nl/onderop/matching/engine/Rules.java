package nl.onderop.matching.engine;

import java.util.Objects;

/**
 * The hard rules of a matching run.
 *
 * @param minimumLanguageLevel  both sides need at least this level (0..7, see {@link LanguageAbility}) in one shared language
 * @param districtRule          how near they must live
 * @param maxDistanceKm         for {@link DistrictRule#WITHIN_DISTANCE}, and the distance at which the distance score reaches 0
 * @param minimumOverlapMinutes a slot of each on the same day must overlap at least this long (at least 1)
 * @param alternatives          how many next-best candidates a proposal shows
 */
public record Rules(int minimumLanguageLevel, DistrictRule districtRule, double maxDistanceKm,
        int minimumOverlapMinutes, int alternatives) {

    /** A2, within 5 km (same district without a location), 60 minutes, 3 alternatives. */
    public static final Rules DEFAULT = new Rules(LanguageAbility.A2, DistrictRule.WITHIN_DISTANCE, 5.0, 60, 3);

    public Rules {
        Objects.requireNonNull(districtRule, "districtRule");
        if (minimumLanguageLevel < LanguageAbility.A0 || minimumLanguageLevel > LanguageAbility.NATIVE) {
            throw new IllegalArgumentException("minimumLanguageLevel must be 0..7, was " + minimumLanguageLevel);
        }
        if (!(maxDistanceKm >= 0) || Double.isInfinite(maxDistanceKm)) {
            throw new IllegalArgumentException("maxDistanceKm must be a finite number >= 0, was " + maxDistanceKm);
        }
        if (minimumOverlapMinutes < 1 || minimumOverlapMinutes > WeeklySlot.MINUTES_PER_DAY) {
            throw new IllegalArgumentException("minimumOverlapMinutes must be 1..1440, was " + minimumOverlapMinutes);
        }
        if (alternatives < 0) {
            throw new IllegalArgumentException("alternatives must be 0 or more, was " + alternatives);
        }
    }

    public Rules withMinimumLanguageLevel(int level) {
        return new Rules(level, districtRule, maxDistanceKm, minimumOverlapMinutes, alternatives);
    }

    public Rules withDistrictRule(DistrictRule rule) {
        return new Rules(minimumLanguageLevel, rule, maxDistanceKm, minimumOverlapMinutes, alternatives);
    }

    public Rules withMaxDistanceKm(double km) {
        return new Rules(minimumLanguageLevel, districtRule, km, minimumOverlapMinutes, alternatives);
    }

    public Rules withMinimumOverlapMinutes(int minutes) {
        return new Rules(minimumLanguageLevel, districtRule, maxDistanceKm, minutes, alternatives);
    }

    public Rules withAlternatives(int count) {
        return new Rules(minimumLanguageLevel, districtRule, maxDistanceKm, minimumOverlapMinutes, count);
    }
}
