package nl.onderop.volunteers.volunteer.adapter.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/** The parts both profile requests share (languages and slots) and their mapping to the domain. */
final class ProfileMapping {

    record LanguageRequest(@NotBlank String code, @NotBlank String level) {
    }

    record SlotRequest(
            @NotBlank @Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                    message = "A weekday in English, lower case.") String day,
            @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String from,
            @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String to) {
    }

    private ProfileMapping() {
    }

    /** What the volunteer declares, with the organisation's decisions at their defaults (1 match, no VOG). */
    static VolunteerProfile declared(String firstName, String lastName, String email, String phone,
                                     List<LanguageRequest> languages, List<String> skills, List<String> interests,
                                     List<SlotRequest> availability, String district, List<String> preferredActivities,
                                     String gender, String ageBand) {
        return new VolunteerProfile(firstName.strip(), lastName, email, phone,
                languages == null ? List.of() : languages.stream()
                        .map(language -> new VolunteerProfile.LanguageSkill(language.code(), language.level())).toList(),
                skills, interests,
                availability == null ? List.of() : availability.stream()
                        .map(slot -> new VolunteerProfile.TimeSlot(DayOfWeek.valueOf(slot.day().toUpperCase(Locale.ROOT)),
                                LocalTime.parse(slot.from()), LocalTime.parse(slot.to()))).toList(),
                district, 1, preferredActivities, false, null, gender, ageBand);
    }
}
