package nl.onderop.directory.organization.adapter.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.organization.domain.OrganizationType;
import nl.onderop.directory.organization.domain.ProfileReplacement;

/**
 * Body of {@code PUT /api/directory/v1/organizations/{id}}: the whole profile; {@code version} guards against
 * lost updates. {@code name}, {@code type} and {@code activeTenants} may be left out to keep them: only the
 * municipality changes type and active tenants, and the name of a published organisation.
 */
record OrganizationProfileRequest(
        @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "Not blank.") String name,
        @Pattern(regexp = TYPES, message = TYPES_MESSAGE) String type,
        @Size(max = 6) Map<@Pattern(regexp = "[a-z]{2}", message = "A two-letter language code.") String,
                @Size(max = 4000) String> description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "An http(s) URL.") String website,
        @Size(max = 254) @Email String email,
        @Size(max = 5) List<@Size(max = 40) @Pattern(regexp = PHONE, message = "Digits, spaces, + - ( ).") String> phones,
        @Size(max = 20) List<@Pattern(regexp = "[a-z]{2}", message = "A two-letter language code.") String> languages,
        @Size(max = 10) Set<@NotBlank String> activeTenants,
        Long version) {

    static final String TYPES = "initiative|civil-society|self-organisation|municipality";
    static final String TYPES_MESSAGE = "One of initiative, civil-society, self-organisation, municipality.";
    static final String PHONE = "[0-9+()\\- ]{3,40}";
    static final String NOT_BLANK = "(?s).*\\S.*";

    ProfileReplacement replacement() {
        return new ProfileReplacement(name == null ? null : name.strip(),
                type == null ? null : OrganizationType.fromValue(type).orElseThrow(),
                LocalizedText.ofNullable(description), website, email, phones, languages, activeTenants);
    }
}
