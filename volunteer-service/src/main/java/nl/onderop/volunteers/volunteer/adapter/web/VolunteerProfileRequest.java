package nl.onderop.volunteers.volunteer.adapter.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.volunteers.volunteer.domain.CoordinatorDecisions;
import nl.onderop.volunteers.volunteer.adapter.web.ProfileMapping.LanguageRequest;
import nl.onderop.volunteers.volunteer.adapter.web.ProfileMapping.SlotRequest;
import nl.onderop.volunteers.volunteer.application.VolunteerProfileRules;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/**
 * A volunteer's whole profile as the coordinator of its organisation sends it: what the volunteer declares
 * plus what the organisation decides (match capacity, newcomer, VOG); a decision left out keeps what is stored.
 * Unknown fields are refused.
 */
record VolunteerProfileRequest(
        @NotBlank @Size(max = VolunteerProfileRules.MAX_NAME) String firstName,
        @Size(max = VolunteerProfileRules.MAX_NAME) String lastName,
        @Size(max = VolunteerProfileRules.MAX_EMAIL) @Email String email,
        @Size(max = VolunteerProfileRules.MAX_PHONE) @Pattern(regexp = VolunteerProfileRules.PHONE, message = VolunteerProfileRules.PHONE_HINT) String phone,
        @Size(max = VolunteerProfileRules.MAX_LANGUAGES) List<@Valid @NotNull LanguageRequest> languages,
        @Size(max = VolunteerProfileRules.MAX_KEYWORDS) List<@NotBlank @Size(max = VolunteerProfileRules.MAX_KEYWORD) String> skills,
        @Size(max = VolunteerProfileRules.MAX_KEYWORDS) List<@NotBlank @Size(max = VolunteerProfileRules.MAX_KEYWORD) String> interests,
        @Size(max = VolunteerProfileRules.MAX_SLOTS) List<@Valid @NotNull SlotRequest> availability,
        @Size(max = VolunteerProfileRules.MAX_DISTRICT) String district,
        Integer maxConcurrentMatches,
        @Size(max = VolunteerProfileRules.MAX_ACTIVITIES) List<@NotBlank @Size(max = VolunteerProfileRules.MAX_KEYWORD) String> preferredActivities,
        Boolean newcomer,
        @Valid CertificateRequest certificateOfConduct,
        @Size(max = 20) String gender,
        @Size(max = 20) String ageBand,
        Long version) {

    record CertificateRequest(@NotBlank String status, LocalDate date) {
    }

    VolunteerProfile declared() {
        return ProfileMapping.declared(firstName, lastName, email, phone, languages, skills, interests, availability,
                district, preferredActivities, gender, ageBand);
    }

    CoordinatorDecisions decisions() {
        return new CoordinatorDecisions(maxConcurrentMatches, newcomer, certificateOfConduct == null ? null
                : new VolunteerProfile.CertificateOfConduct(certificateOfConduct.status(), certificateOfConduct.date()));
    }
}
