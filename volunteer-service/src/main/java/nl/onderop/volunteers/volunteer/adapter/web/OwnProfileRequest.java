package nl.onderop.volunteers.volunteer.adapter.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.volunteers.volunteer.adapter.web.ProfileMapping.LanguageRequest;
import nl.onderop.volunteers.volunteer.adapter.web.ProfileMapping.SlotRequest;
import nl.onderop.volunteers.volunteer.application.VolunteerProfileRules;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/**
 * The profile as the volunteer sends it about themselves ({@code PUT /me}): only what a volunteer declares.
 * What the organisation decides (match capacity, newcomer, VOG) is not part of it, and sending it is refused
 * as an unknown field, so self-service can never set or reset a coordinator's decision.
 */
record OwnProfileRequest(
        @NotBlank @Size(max = VolunteerProfileRules.MAX_NAME) String firstName,
        @Size(max = VolunteerProfileRules.MAX_NAME) String lastName,
        @Size(max = VolunteerProfileRules.MAX_EMAIL) @Email String email,
        @Size(max = VolunteerProfileRules.MAX_PHONE) @Pattern(regexp = VolunteerProfileRules.PHONE, message = VolunteerProfileRules.PHONE_HINT) String phone,
        @Size(max = VolunteerProfileRules.MAX_LANGUAGES) List<@Valid @NotNull LanguageRequest> languages,
        @Size(max = VolunteerProfileRules.MAX_KEYWORDS) List<@NotBlank @Size(max = VolunteerProfileRules.MAX_KEYWORD) String> skills,
        @Size(max = VolunteerProfileRules.MAX_KEYWORDS) List<@NotBlank @Size(max = VolunteerProfileRules.MAX_KEYWORD) String> interests,
        @Size(max = VolunteerProfileRules.MAX_SLOTS) List<@Valid @NotNull SlotRequest> availability,
        @Size(max = VolunteerProfileRules.MAX_DISTRICT) String district,
        @Size(max = VolunteerProfileRules.MAX_ACTIVITIES) List<@NotBlank @Size(max = VolunteerProfileRules.MAX_KEYWORD) String> preferredActivities,
        @Size(max = 20) String gender,
        @Size(max = 20) String ageBand,
        Long version) {

    VolunteerProfile declared() {
        return ProfileMapping.declared(firstName, lastName, email, phone, languages, skills, interests, availability,
                district, preferredActivities, gender, ageBand);
    }
}
