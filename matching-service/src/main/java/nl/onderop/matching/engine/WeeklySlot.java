package nl.onderop.matching.engine;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;

/**
 * A weekly time window: {@code fromMinute} and {@code toMinute} count minutes since midnight
 * ({@code 0 <= fromMinute < toMinute <= 1440}).
 */
public record WeeklySlot(DayOfWeek day, int fromMinute, int toMinute) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        if (fromMinute < 0 || toMinute > MINUTES_PER_DAY || fromMinute >= toMinute) {
            throw new IllegalArgumentException(
                    "a slot needs 0 <= from < to <= 1440 minutes, was " + fromMinute + ".." + toMinute);
        }
    }

    /** Parses {@code "tuesday 19:00-21:00"} (day name in any case, times as H:mm or HH:mm, 24:00 allowed as end). */
    public static WeeklySlot parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a slot looks like 'tuesday 19:00-21:00', was '" + text + "'");
        }
        String[] times = parts[1].split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("a slot looks like 'tuesday 19:00-21:00', was '" + text + "'");
        }
        DayOfWeek day;
        try {
            day = DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown day '" + parts[0] + "'", e);
        }
        return new WeeklySlot(day, parseTime(times[0]), parseTime(times[1]));
    }

    private static int parseTime(String time) {
        String[] hm = time.split(":");
        if (hm.length != 2 || hm[0].isEmpty() || hm[1].length() != 2) {
            throw new IllegalArgumentException("a time looks like 19:00, was '" + time + "'");
        }
        try {
            int hours = Integer.parseInt(hm[0]);
            int minutes = Integer.parseInt(hm[1]);
            if (hours < 0 || minutes < 0 || minutes > 59) {
                throw new IllegalArgumentException("a time looks like 19:00, was '" + time + "'");
            }
            return hours * 60 + minutes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a time looks like 19:00, was '" + time + "'", e);
        }
    }

    /** Minutes both slots share; 0 on different days or when they do not overlap. */
    public int overlapMinutes(WeeklySlot other) {
        if (other.day != day) {
            return 0;
        }
        return Math.max(0, Math.min(toMinute, other.toMinute) - Math.max(fromMinute, other.fromMinute));
    }

    public int lengthMinutes() {
        return toMinute - fromMinute;
    }

    /** {@code "tuesday 19:00-21:00"}. */
    public String label() {
        return label(day, fromMinute, toMinute);
    }

    static String label(DayOfWeek day, int fromMinute, int toMinute) {
        return day.name().toLowerCase(Locale.ROOT) + " " + time(fromMinute) + "-" + time(toMinute);
    }

    static String time(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
