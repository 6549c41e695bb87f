package nl.onderop.matching.common.adapter.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.onderop.matching.common.domain.TimeSlot;

/** A weekly slot as clients send it: {@code {"day": "tuesday", "from": "19:00", "to": "21:00"}}. */
public record SlotRequest(
        @NotBlank @Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                message = "A weekday in English, lower case.") String day,
        @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String from,
        @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String to) {

    public TimeSlot slot() {
        return new TimeSlot(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), LocalTime.parse(from), LocalTime.parse(to));
    }

    public static SlotRequest of(TimeSlot slot) {
        return new SlotRequest(slot.dayName(), slot.from().toString(), slot.to().toString());
    }
}
