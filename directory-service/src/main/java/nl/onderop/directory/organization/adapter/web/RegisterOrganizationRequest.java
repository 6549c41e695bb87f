package nl.onderop.directory.organization.adapter.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.organization.domain.OrganizationProfile;
import nl.onderop.directory.organization.domain.OrganizationType;

/** Body of {@code POST /api/directory/v1/organizations}; unknown fields are refused. */
public record RegisterOrganizationRequest(
        @NotBlank @Size(max = 63) String tenant,
        @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower-case letters, digits and hyphens.")
        String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = OrganizationProfileRequest.TYPES, message = OrganizationProfileRequest.TYPES_MESSAGE)
        String type,
        @Size(max = 6) Map<@Pattern(regexp = "[a-z]{2}", message = "A two-letter language code.") String,
                @Size(max = 4000) String> description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "An http(s) URL.") String website,
        @Size(max = 254) @Email String email,
        @Size(max = 5) List<@Size(max = 40) @Pattern(regexp = OrganizationProfileRequest.PHONE, message = "Digits, spaces, + - ( ).") String> phones,
        @Size(max = 20) List<@Pattern(regexp = "[a-z]{2}", message = "A two-letter language code.") String> languages,
        @Size(max = 10) Set<@NotBlank String> activeTenants) {

    public OrganizationProfile profile() {
        return new OrganizationProfile(name.strip(), OrganizationType.fromValue(type).orElseThrow(),
                LocalizedText.ofNullable(description), website, email, phones, languages, activeTenants);
    }
}
