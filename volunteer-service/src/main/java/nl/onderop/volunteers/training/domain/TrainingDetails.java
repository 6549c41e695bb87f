package nl.onderop.volunteers.training.domain;

import java.time.Instant;
import java.util.Objects;

/** What a training is about and where and when it takes place; checked on construction. */
public record TrainingDetails(String title, String description, Instant startsAt, Instant endsAt, String place,
                              String onlineUrl, int capacity) {

    public static final int MAX_CAPACITY = 500;

    public TrainingDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidTrainingException("endsAt", "order", "A training ends after it starts.");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidTrainingException("capacity", "range", "Between 1 and " + MAX_CAPACITY + " places.");
        }
        if (isBlank(place) && isBlank(onlineUrl)) {
            throw new InvalidTrainingException("place", "required", "Give a place, an online URL, or both.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
