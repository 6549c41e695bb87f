package nl.onderop.matching.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A weight 0..10 per criterion; a criterion missing from the map weighs 0. */
public record Weights(Map<Criterion, Integer> values) {

    public static final int MAX_WEIGHT = 10;

    /** interests 3, needs-skills 3, language-fit 2, schedule-overlap 2, distance 2, age-band 1. */
    public static final Weights DEFAULT = new Weights(Map.of(
            Criterion.INTERESTS, 3,
            Criterion.NEEDS_SKILLS, 3,
            Criterion.LANGUAGE_FIT, 2,
            Criterion.SCHEDULE_OVERLAP, 2,
            Criterion.DISTANCE, 2,
            Criterion.AGE_BAND, 1));

    public Weights {
        Objects.requireNonNull(values, "values");
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Map.Entry<Criterion, Integer> entry : values.entrySet()) {
            Criterion criterion = Objects.requireNonNull(entry.getKey(), "criterion");
            Integer weight = Objects.requireNonNull(entry.getValue(), "weight of " + criterion.value());
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException(
                        "weight of " + criterion.value() + " must be 0.." + MAX_WEIGHT + ", was " + weight);
            }
            copy.put(criterion, weight);
        }
        values = Collections.unmodifiableMap(copy);
    }

    public int weight(Criterion criterion) {
        return values.getOrDefault(criterion, 0);
    }

    /** A copy with one weight changed. */
    public Weights with(Criterion criterion, int weight) {
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        copy.putAll(values);
        copy.put(criterion, weight);
        return new Weights(copy);
    }
}
