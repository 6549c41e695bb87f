package nl.onderop.directory.service.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.onderop.directory.i18n.LocalizedText;

/**
 * Everything about a service that its organisation edits: the HSDS service fields, its schedules and where
 * it is delivered. Texts are multilingual; Dutch is required for the name.
 */
public record ServiceContent(
        LocalizedText name,
        LocalizedText description,
        ServiceStatus status,
        List<String> categories,
        List<String> targetGroups,
        LocalizedText eligibility,
        Integer minimumAge,
        Integer maximumAge,
        List<String> languages,
        boolean interpretationAvailable,
        LocalizedText howToApply,
        boolean free,
        LocalizedText feeDescription,
        List<Schedule> schedules,
        String email,
        String phone,
        String url,
        List<ServiceLocation> locations) {

    public ServiceContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        description = orEmpty(description);
        eligibility = orEmpty(eligibility);
        howToApply = orEmpty(howToApply);
        feeDescription = orEmpty(feeDescription);
        categories = List.copyOf(categories);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        languages = languages == null ? List.of() : List.copyOf(languages);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.EMPTY : text;
    }

    /** The districts (wijken) of its physical locations, for filters and the municipality's overview. */
    public Set<String> districts() {
        Set<String> districts = new TreeSet<>();
        locations.forEach(location -> {
            if (location.district() != null) {
                districts.add(location.district());
            }
        });
        return districts;
    }

    /**
     * Whether {@code other} says the same: equal in everything, the ids of its locations aside (an editor who
     * sends a location without its id gets a new id for the same place).
     */
    public boolean saysTheSameAs(ServiceContent other) {
        return withoutLocationIds().equals(other.withoutLocationIds());
    }

    private ServiceContent withoutLocationIds() {
        return new ServiceContent(name, description, status, categories, targetGroups, eligibility, minimumAge,
                maximumAge, languages, interpretationAvailable, howToApply, free, feeDescription, schedules, email, phone,
                url, locations.stream().map(location -> location.withId("")).toList());
    }

    public boolean isActive() {
        return status == ServiceStatus.ACTIVE;
    }
}
