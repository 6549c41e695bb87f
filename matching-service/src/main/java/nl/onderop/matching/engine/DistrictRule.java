package nl.onderop.matching.engine;

/** How near a seeker and a candidate must live. */
public enum DistrictRule {
    /** Both have a district and it is the same (case-insensitive). */
    SAME_DISTRICT,
    /**
     * Both locations known and at most {@link Rules#maxDistanceKm()} apart; when a location is missing, the
     * same district (case-insensitive, not null).
     */
    WITHIN_DISTANCE
}
