package nl.onderop.directory.service.adapter.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.onderop.directory.service.domain.Schedule;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;

/**
 * A service in the reader's language (Dutch where a translation is missing); {@code translations} holds
 * every language of every text, for editors and for readers who switch language.
 */
record ServiceResponse(
        String id,
        String tenant,
        String organizationId,
        String name,
        String description,
        String status,
        String publication,
        List<TermResponse> categories,
        List<TermResponse> targetGroups,
        String eligibility,
        Integer minimumAge,
        Integer maximumAge,
        List<String> languages,
        boolean interpretationAvailable,
        String howToApply,
        boolean free,
        String feeDescription,
        List<ScheduleResponse> schedules,
        String email,
        String phone,
        String url,
        List<LocationResponse> locations,
        LocalDate assuredDate,
        Double distanceKm,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Map<String, String>> translations) {

    record TermResponse(String code, String label) {
    }

    record ScheduleResponse(List<String> days, String opensAt, String closesAt, String rrule, String description) {
    }

    record LocationResponse(String id, String name, String address, String postcode, String city, String district,
                            Double latitude, Double longitude, String accessibility, String virtualUrl) {
    }

    static ServiceResponse from(ServiceEntry entry, String language, TaxonomyCatalog taxonomy, Double distanceKm) {
        ServiceContent c = entry.content();
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        translations.put("name", c.name().values());
        translations.put("description", c.description().values());
        translations.put("eligibility", c.eligibility().values());
        translations.put("howToApply", c.howToApply().values());
        translations.put("feeDescription", c.feeDescription().values());
        return new ServiceResponse(entry.id(), entry.tenant(), entry.organizationId(), c.name().in(language),
                c.description().in(language), c.status().value(), entry.publication().name().toLowerCase(Locale.ROOT),
                terms(c.categories(), language, taxonomy), terms(c.targetGroups(), language, taxonomy),
                c.eligibility().in(language), c.minimumAge(), c.maximumAge(), c.languages(), c.interpretationAvailable(),
                c.howToApply().in(language), c.free(), c.feeDescription().in(language),
                c.schedules().stream().map(schedule -> schedule(schedule, language)).toList(), c.email(), c.phone(), c.url(),
                c.locations().stream().map(location -> location(location, language)).toList(), entry.assuredDate(),
                distanceKm == null ? null : Math.round(distanceKm * 100) / 100.0, entry.version(), entry.createdAt(),
                entry.updatedAt(), translations);
    }

    private static List<TermResponse> terms(List<String> codes, String language, TaxonomyCatalog taxonomy) {
        return codes.stream()
                .map(code -> new TermResponse(code, taxonomy.term(code).map(term -> term.labels().in(language)).orElse(code)))
                .toList();
    }

    private static ScheduleResponse schedule(Schedule schedule, String language) {
        return new ScheduleResponse(
                schedule.days().stream().sorted().map(DayOfWeek::name).map(day -> day.toLowerCase(Locale.ROOT)).toList(),
                schedule.opensAt() == null ? null : schedule.opensAt().toString(),
                schedule.closesAt() == null ? null : schedule.closesAt().toString(),
                schedule.rrule(), schedule.description().in(language));
    }

    private static LocationResponse location(ServiceLocation location, String language) {
        return new LocationResponse(location.id(), location.name(), location.address(), location.postcode(),
                location.city(), location.district(), location.latitude(), location.longitude(),
                location.accessibility().in(language), location.virtualUrl());
    }
}
