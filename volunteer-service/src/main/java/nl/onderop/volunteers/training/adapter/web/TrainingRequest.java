package nl.onderop.volunteers.training.adapter.web;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.onderop.volunteers.training.domain.TrainingDetails;

/** A training as its coordinator schedules or edits it; unknown fields are refused. */
record TrainingRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 200) String place,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "An https:// address.") String onlineUrl,
        @NotNull Integer capacity,
        Boolean openToTenant,
        Long version) {

    /** Builds the domain's details, which check the order of the times, the capacity and the place. */
    TrainingDetails details() {
        return new TrainingDetails(title.strip(), description, startsAt.toInstant(), endsAt.toInstant(),
                place == null || place.isBlank() ? null : place.strip(), onlineUrl, capacity);
    }

    boolean isOpenToTenant() {
        return Boolean.TRUE.equals(openToTenant);
    }
}
