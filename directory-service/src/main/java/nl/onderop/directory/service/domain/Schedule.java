package nl.onderop.directory.service.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.onderop.directory.i18n.LocalizedText;

/**
 * When a service is open: weekly opening hours ({@code days} with times) or, for anything irregular, an
 * iCalendar RRULE such as {@code FREQ=MONTHLY;BYDAY=1SA}. The weekdays are derived from the RRULE.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt, String rrule,
                       LocalizedText description) {

    private static final Pattern BY_DAY = Pattern.compile("(?:^|;)BYDAY=([^;]+)");
    private static final Pattern RULE = Pattern.compile("FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+\\-:]+)*");
    private static final Map<String, DayOfWeek> ICAL_DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    public Schedule {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        description = description == null ? LocalizedText.EMPTY : description;
        if (rrule != null && !isValidRule(rrule)) {
            throw new IllegalArgumentException("Not an RRULE this directory understands: " + rrule);
        }
    }

    /** {@code FREQ=...} followed by {@code ;KEY=VALUE} parts, upper case, as in RFC 5545. */
    public static boolean isValidRule(String rrule) {
        return RULE.matcher(rrule).matches();
    }

    /** The weekdays on which the service is open at least sometimes. */
    public Set<DayOfWeek> openOn() {
        if (!days.isEmpty()) {
            return days;
        }
        if (rrule == null) {
            return Set.of();
        }
        Matcher byDay = BY_DAY.matcher(rrule);
        if (!byDay.find()) {
            return rrule.startsWith("FREQ=DAILY") ? EnumSet.allOf(DayOfWeek.class) : Set.of();
        }
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (String part : byDay.group(1).split(",")) {
            String code = part.replaceAll("^[+-]?\\d*", "").toUpperCase(Locale.ROOT);
            DayOfWeek day = ICAL_DAYS.get(code);
            if (day != null) {
                result.add(day);
            }
        }
        return result;
    }
}
