package nl.onderop.directory.service.adapter.mongo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.domain.Schedule;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.service.domain.ServiceStatus;
import nl.onderop.platform.events.OutboxMessage;

/**
 * How a service is stored: tenant first, locations embedded (they are edited with the service), texts as
 * language maps, {@code confirmedOn} as an ISO date so that the freshness scan can range over it.
 */
@Document(ServiceDocument.COLLECTION)
record ServiceDocument(
        @Id String id,
        String tenant,
        String organizationId,
        String organizationSlug,
        String publication,
        Map<String, String> name,
        Map<String, String> description,
        String status,
        List<String> categories,
        List<String> targetGroups,
        Map<String, String> eligibility,
        Integer minimumAge,
        Integer maximumAge,
        List<String> languages,
        boolean interpretationAvailable,
        Map<String, String> howToApply,
        boolean free,
        Map<String, String> feeDescription,
        List<ScheduleDocument> schedules,
        String email,
        String phone,
        String url,
        List<LocationDocument> locations,
        String assuredDate,
        String assurer,
        String confirmedOn,
        int verificationDueNotices,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "services";

    record ScheduleDocument(List<String> days, String opensAt, String closesAt, String rrule,
                            Map<String, String> description) {
    }

    record LocationDocument(String id, String name, String address, String postcode, String city, String district,
                            Double latitude, Double longitude, Map<String, String> accessibility, String virtualUrl) {
    }

    static ServiceDocument from(ServiceEntry entry, List<OutboxMessage> events) {
        ServiceContent c = entry.content();
        return new ServiceDocument(entry.id(), entry.tenant(), entry.organizationId(), entry.organizationSlug(),
                entry.publication().name().toLowerCase(Locale.ROOT), c.name().values(), c.description().values(),
                c.status().value(), c.categories(), c.targetGroups(), c.eligibility().values(), c.minimumAge(),
                c.maximumAge(), c.languages(), c.interpretationAvailable(), c.howToApply().values(), c.free(),
                c.feeDescription().values(), c.schedules().stream().map(ServiceDocument::schedule).toList(), c.email(),
                c.phone(), c.url(), c.locations().stream().map(ServiceDocument::location).toList(),
                entry.assuredDate() == null ? null : entry.assuredDate().toString(), entry.assurer(),
                entry.lastConfirmedOn().toString(), entry.verificationDueNotices(), entry.version(), entry.createdAt(),
                entry.updatedAt(), List.copyOf(events));
    }

    ServiceEntry toServiceEntry() {
        ServiceContent content = new ServiceContent(new LocalizedText(name), LocalizedText.ofNullable(description),
                ServiceStatus.fromValue(status).orElseThrow(() -> new IllegalStateException("Stored status unknown: " + status)),
                categories, targetGroups, LocalizedText.ofNullable(eligibility), minimumAge, maximumAge, languages,
                interpretationAvailable, LocalizedText.ofNullable(howToApply), free, LocalizedText.ofNullable(feeDescription),
                schedules == null ? List.of() : schedules.stream().map(ServiceDocument::schedule).toList(), email, phone,
                url, locations == null ? List.of() : locations.stream().map(ServiceDocument::location).toList());
        return new ServiceEntry(id, tenant, organizationId, organizationSlug, content,
                PublicationStatus.valueOf(publication.toUpperCase(Locale.ROOT)), isoDate(assuredDate), assurer,
                verificationDueNotices, version, createdAt, updatedAt);
    }

    private static LocalDate isoDate(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }

    private static ScheduleDocument schedule(Schedule schedule) {
        return new ScheduleDocument(schedule.days().stream().map(day -> day.name().toLowerCase(Locale.ROOT)).toList(),
                schedule.opensAt() == null ? null : schedule.opensAt().toString(),
                schedule.closesAt() == null ? null : schedule.closesAt().toString(),
                schedule.rrule(), schedule.description().values());
    }

    private static Schedule schedule(ScheduleDocument stored) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (stored.days() != null) {
            stored.days().forEach(day -> days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
        }
        return new Schedule(days, stored.opensAt() == null ? null : LocalTime.parse(stored.opensAt()),
                stored.closesAt() == null ? null : LocalTime.parse(stored.closesAt()), stored.rrule(),
                LocalizedText.ofNullable(stored.description()));
    }

    private static LocationDocument location(ServiceLocation location) {
        return new LocationDocument(location.id(), location.name(), location.address(), location.postcode(),
                location.city(), location.district(), location.latitude(), location.longitude(),
                location.accessibility().values(), location.virtualUrl());
    }

    private static ServiceLocation location(LocationDocument stored) {
        return new ServiceLocation(stored.id(), stored.name(), stored.address(), stored.postcode(), stored.city(),
                stored.district(), stored.latitude(), stored.longitude(), LocalizedText.ofNullable(stored.accessibility()),
                stored.virtualUrl());
    }
}
