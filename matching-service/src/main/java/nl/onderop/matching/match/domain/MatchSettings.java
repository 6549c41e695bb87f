package nl.onderop.matching.match.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How an organisation wants its matches made: a weight 0–10 per criterion (interests, needs-skills,
 * language-fit, schedule-overlap, distance, age-band) and the hard rules (minimum shared language level,
 * same district or a maximum distance, minimum common time per week).
 */
public record MatchSettings(String tenant, String organization, Map<String, Integer> weights, int minimumLanguageLevel,
                            String districtRule, double maxDistanceKm, int minimumOverlapMinutes, long version) {

    public static final String SAME_DISTRICT = "same-district";
    public static final String WITHIN_DISTANCE = "within-distance";

    public MatchSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        weights = Map.copyOf(weights);
    }

    public static MatchSettings defaults(String tenant, String organization) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("interests", 3);
        weights.put("needs-skills", 3);
        weights.put("language-fit", 2);
        weights.put("schedule-overlap", 2);
        weights.put("distance", 2);
        weights.put("age-band", 1);
        return new MatchSettings(tenant, organization, weights, 2, WITHIN_DISTANCE, 5.0, 60, 0);
    }
}
