package nl.onderop.matching.common.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

/** A weekly slot in which someone is usually available, local time. */
public record TimeSlot(DayOfWeek day, LocalTime from, LocalTime to) {

    public TimeSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public String dayName() {
        return day.name().toLowerCase(Locale.ROOT);
    }

    public int fromMinute() {
        return from.getHour() * 60 + from.getMinute();
    }

    public int toMinute() {
        return to.getHour() * 60 + to.getMinute();
    }
}
