package nl.onderop.directory.service.adapter.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST .../organizations/{id}/services} and {@code PUT .../services/{id}}: the whole service.
 * Texts are maps from language code to text; Dutch is required for the name. Unknown fields are refused.
 */
public record ServiceRequest(
        @NotEmpty @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 200) String> name,
        @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 4000) String> description,
        @NotBlank @Pattern(regexp = "active|inactive|defunct|temporarily closed",
                message = "One of active, inactive, defunct, temporarily closed.") String status,
        @NotEmpty @Size(max = 10) List<@NotBlank String> categories,
        @Size(max = 10) List<@NotBlank String> targetGroups,
        @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 2000) String> eligibility,
        Integer minimumAge,
        Integer maximumAge,
        @Size(max = 20) List<@NotBlank String> languages,
        Boolean interpretationAvailable,
        @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 2000) String> howToApply,
        @NotNull Boolean free,
        @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 1000) String> feeDescription,
        @Size(max = 14) List<@Valid @NotNull ScheduleRequest> schedules,
        @Size(max = 254) @Email String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]{3,40}", message = "Digits, spaces, + - ( ).") String phone,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "An http(s) URL.") String url,
        @Size(max = 20) List<@Valid @NotNull LocationRequest> locations,
        Long version) {

    static final String LANGUAGE = "[a-z]{2}";
    static final String LANGUAGE_MESSAGE = "A two-letter language code.";

    /** Weekly opening hours ({@code days}) or an RRULE; times as HH:mm. */
    public record ScheduleRequest(
            @Size(max = 7) List<@Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                    message = "A weekday in English, lower case.") String> days,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String opensAt,
            @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String closesAt,
            @Size(max = 200) @Pattern(regexp = "FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+\\-:]+)*",
                    message = "An RFC 5545 RRULE such as FREQ=MONTHLY;BYDAY=1SA.") String rrule,
            @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 200) String> description) {
    }

    /** A physical place (address, optionally coordinates) or a virtual one ({@code virtualUrl}). */
    public record LocationRequest(
            @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "A UUID.") String id,
            @Size(max = 200) String name,
            @Size(max = 200) String address,
            @Size(max = 10) @Pattern(regexp = "[1-9][0-9]{3} ?[A-Z]{2}", message = "A Dutch postcode, e.g. 2611 AB.") String postcode,
            @Size(max = 100) String city,
            @Size(max = 100) String district,
            Double latitude,
            Double longitude,
            @Size(max = 6) Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Size(max = 1000) String> accessibility,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "An https URL.") String virtualUrl) {
    }
}
