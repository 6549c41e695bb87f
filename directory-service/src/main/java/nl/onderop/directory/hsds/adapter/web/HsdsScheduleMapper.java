package nl.onderop.directory.hsds.adapter.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.onderop.directory.service.domain.Schedule;

/**
 * Opening hours as HSDS schedules. Weekly hours become {@code freq=WEEKLY} with {@code byday}; an RRULE is
 * carried over part by part as far as HSDS has fields for it. HSDS knows only WEEKLY and MONTHLY and has no
 * BYMONTH: a rule it cannot express faithfully keeps its description and travels whole in {@code notes}
 * rather than as fields that would promise a service every week of the year.
 */
final class HsdsScheduleMapper {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final Set<String> EXPRESSIBLE_PARTS =
            Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYWEEKNO", "COUNT", "UNTIL", "WKST");
    private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private HsdsScheduleMapper() {
    }

    /** {@code index} is the schedule's place in the service, which gives it a stable id. */
    static HsdsObjects.Schedule schedule(String serviceId, int index, Schedule schedule, String language) {
        String id = HsdsIds.derived(serviceId, "schedule", Integer.toString(index));
        String opensAt = time(schedule.opensAt());
        String closesAt = time(schedule.closesAt());
        String description = schedule.description().in(language);
        if (schedule.rrule() == null) {
            String byday = schedule.days().isEmpty() ? null : byday(schedule.days());
            return new HsdsObjects.Schedule(id, serviceId, byday == null ? null : "WEEKLY", null, byday, null, null,
                    null, null, null, opensAt, closesAt, description, null);
        }
        return Recurrence.parse(schedule.rrule())
                .map(rule -> new HsdsObjects.Schedule(id, serviceId, rule.freq(), rule.interval(), rule.byday(),
                        rule.bymonthday(), rule.byweekno(), rule.count(), rule.until(), rule.wkst(), opensAt, closesAt,
                        description, null))
                .orElseGet(() -> new HsdsObjects.Schedule(id, serviceId, null, null, null, null, null, null, null,
                        null, opensAt, closesAt, description, "RRULE:" + schedule.rrule()));
    }

    private static String byday(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream()
                .map(day -> day.name().substring(0, 2))
                .collect(Collectors.joining(","));
    }

    private static String time(LocalTime time) {
        return time == null ? null : HOURS_MINUTES.format(time);
    }

    /** The parts of an RRULE that HSDS has fields for, present only when nothing of the rule is lost. */
    record Recurrence(String freq, Integer interval, String byday, String bymonthday, String byweekno, Integer count,
                      String until, String wkst) {

        static Optional<Recurrence> parse(String rrule) {
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : rrule.split(";")) {
                int equals = part.indexOf('=');
                if (equals < 1) {
                    return Optional.empty();
                }
                parts.put(part.substring(0, equals), part.substring(equals + 1));
            }
            if (!EXPRESSIBLE_PARTS.containsAll(parts.keySet())) {
                return Optional.empty();
            }
            Integer interval = positive(parts.get("INTERVAL"));
            Integer count = positive(parts.get("COUNT"));
            String until = until(parts.get("UNTIL"));
            String wkst = parts.get("WKST");
            boolean malformed = parts.containsKey("INTERVAL") && interval == null
                    || parts.containsKey("COUNT") && count == null
                    || parts.containsKey("UNTIL") && until == null
                    || wkst != null && !WEEKDAYS.contains(wkst);
            if (malformed) {
                return Optional.empty();
            }
            String byday = parts.get("BYDAY");
            return switch (parts.getOrDefault("FREQ", "")) {
                case "MONTHLY" -> parts.containsKey("BYWEEKNO")
                        ? Optional.empty()
                        : Optional.of(new Recurrence("MONTHLY", interval, byday, parts.get("BYMONTHDAY"), null, count,
                                until, wkst));
                case "WEEKLY" -> weekly(byday, parts, interval, count, until, wkst);
                // every day is every weekday of every week, which HSDS can say; every other day it cannot
                case "DAILY" -> interval == null || interval == 1
                        ? weekly(byday == null ? String.join(",", "MO", "TU", "WE", "TH", "FR", "SA", "SU") : byday,
                                parts, null, count, until, wkst)
                        : Optional.empty();
                default -> Optional.empty();
            };
        }

        private static Optional<Recurrence> weekly(String byday, Map<String, String> parts, Integer interval,
                                                   Integer count, String until, String wkst) {
            boolean plainWeekdays = byday == null || Set.of(byday.split(",")).stream().allMatch(WEEKDAYS::contains);
            if (!plainWeekdays || parts.containsKey("BYMONTHDAY")) {
                return Optional.empty();
            }
            return Optional.of(new Recurrence("WEEKLY", interval, byday, null, parts.get("BYWEEKNO"), count, until,
                    wkst));
        }

        private static Integer positive(String value) {
            if (value == null || !value.matches("[1-9][0-9]{0,3}")) {
                return null;
            }
            return Integer.valueOf(value);
        }

        /** RFC 5545 writes {@code 20261231} or {@code 20261231T235959Z}; HSDS wants ISO 8601. */
        private static String until(String value) {
            if (value == null) {
                return null;
            }
            if (value.matches("[0-9]{8}")) {
                return value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 8);
            }
            if (value.matches("[0-9]{8}T[0-9]{6}Z")) {
                return value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 8) + "T"
                        + value.substring(9, 11) + ":" + value.substring(11, 13) + ":" + value.substring(13, 15) + "Z";
            }
            return null;
        }
    }
}
