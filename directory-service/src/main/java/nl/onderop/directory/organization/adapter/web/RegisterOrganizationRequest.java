package nl.onderop.directory.organization.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/directory/v1/organizations}; unknown fields are refused. */
record RegisterOrganizationRequest(
        @NotBlank @Size(max = 63) String tenant,
        @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower-case letters, digits and hyphens.")
        String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "initiative|civil-society|self-organisation|municipality",
                message = "One of initiative, civil-society, self-organisation, municipality.")
        String type,
        @Size(max = 4000) String description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "An http(s) URL.") String website) {
}
