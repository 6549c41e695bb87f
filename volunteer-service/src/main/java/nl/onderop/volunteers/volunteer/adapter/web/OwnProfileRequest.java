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
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/**
 * The profile as the volunteer sends it about themselves ({@code PUT /me}): only what a volunteer declares.
 * What the organisation decides (match capacity, newcomer, VOG) is not part of it, and sending it is refused
 * as an unknown field, so self-service can never set or reset a coordinator's decision.
 */
record OwnProfileRequest(
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 254) @Email String email,
        @Size(max = 40) @Pattern(regexp = ProfileMapping.PHONE, message = ProfileMapping.PHONE_HINT) String phone,
        @Size(max = 20) List<@Valid @NotNull LanguageRequest> languages,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> skills,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> interests,
        @Size(max = 28) List<@Valid @NotNull SlotRequest> availability,
        @Size(max = 100) String district,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> preferredActivities,
        @Size(max = 20) String gender,
        @Size(max = 20) String ageBand,
        Long version) {

    VolunteerProfile declared() {
        return ProfileMapping.declared(firstName, lastName, email, phone, languages, skills, interests, availability,
                district, preferredActivities, gender, ageBand);
    }
}
