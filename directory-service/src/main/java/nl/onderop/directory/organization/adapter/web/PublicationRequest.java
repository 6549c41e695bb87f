package nl.onderop.directory.organization.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.onderop.directory.organization.domain.PublicationStatus;

/** Body of {@code PUT .../publication}: publish an entry or withdraw it from the public. */
public record PublicationRequest(
        @NotBlank @Pattern(regexp = "published|withdrawn", message = "One of published, withdrawn.") String status) {

    public PublicationStatus target() {
        return "published".equals(status) ? PublicationStatus.PUBLISHED : PublicationStatus.WITHDRAWN;
    }
}
