package nl.onderop.matching.newcomer.adapter.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.onderop.matching.common.adapter.web.LanguageRequest;
import nl.onderop.matching.common.adapter.web.SlotRequest;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;

/** A newcomer's whole profile as a coordinator or the newcomer sends it; consent is needed to register. */
record NewcomerRequest(
        @NotBlank @Size(max = 60) String alias,
        @Size(max = 20) List<@Valid @NotNull LanguageRequest> languages,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> interests,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> needs,
        @Size(max = 28) List<@Valid @NotNull SlotRequest> availability,
        @Size(max = 100) String district,
        String ageBand,
        String preferredVolunteerGender,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> offeredSkills,
        @Size(max = 20) List<@NotBlank @Size(max = 3) String> offeredLanguages,
        @Valid ConsentRequest consent,
        Long version) {

    record ConsentRequest(@NotNull Boolean given, @NotBlank @Size(max = 20) String version) {
    }

    NewcomerProfile profile() {
        return new NewcomerProfile(alias.strip(),
                languages == null ? List.of() : languages.stream().map(LanguageRequest::language).toList(),
                interests, needs,
                availability == null ? List.of() : availability.stream().map(SlotRequest::slot).toList(),
                district, ageBand, preferredVolunteerGender, offeredSkills, offeredLanguages);
    }

    /** The consent text's version when consent was given; null otherwise. */
    String consentVersion() {
        return consent != null && Boolean.TRUE.equals(consent.given()) ? consent.version() : null;
    }
}
