package nl.onderop.volunteers.volunteer.adapter.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/** A volunteer's whole profile, as a coordinator or the volunteer sends it; unknown fields are refused. */
record VolunteerProfileRequest(
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 254) @Email String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]{3,40}", message = "Digits, spaces, + - ( ).") String phone,
        @Size(max = 20) List<@Valid @NotNull LanguageRequest> languages,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> skills,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> interests,
        @Size(max = 28) List<@Valid @NotNull SlotRequest> availability,
        @Size(max = 100) String district,
        Integer maxConcurrentMatches,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> preferredActivities,
        Boolean newcomer,
        @Valid CertificateRequest certificateOfConduct,
        @Size(max = 20) String gender,
        @Size(max = 20) String ageBand,
        Long version) {

    record LanguageRequest(@NotBlank String code, @NotBlank String level) {
    }

    record SlotRequest(
            @NotBlank @Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                    message = "A weekday in English, lower case.") String day,
            @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String from,
            @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String to) {
    }

    record CertificateRequest(@NotBlank String status, LocalDate date) {
    }

    VolunteerProfile profile() {
        return new VolunteerProfile(firstName.strip(), lastName, email, phone,
                languages == null ? List.of() : languages.stream()
                        .map(language -> new VolunteerProfile.LanguageSkill(language.code(), language.level())).toList(),
                skills, interests,
                availability == null ? List.of() : availability.stream()
                        .map(slot -> new VolunteerProfile.TimeSlot(DayOfWeek.valueOf(slot.day().toUpperCase(Locale.ROOT)),
                                LocalTime.parse(slot.from()), LocalTime.parse(slot.to()))).toList(),
                district, maxConcurrentMatches == null ? 1 : maxConcurrentMatches, preferredActivities,
                Boolean.TRUE.equals(newcomer),
                certificateOfConduct == null ? null
                        : new VolunteerProfile.CertificateOfConduct(certificateOfConduct.status(), certificateOfConduct.date()),
                gender, ageBand);
    }
}
