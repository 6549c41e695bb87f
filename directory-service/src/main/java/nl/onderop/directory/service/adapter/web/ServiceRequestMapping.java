package nl.onderop.directory.service.adapter.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.service.domain.Schedule;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.service.domain.ServiceStatus;

/** Turns a validated request into the domain's content; a location without an id gets a new one. */
public final class ServiceRequestMapping {

    private ServiceRequestMapping() {
    }

    public static ServiceContent content(ServiceRequest request) {
        return new ServiceContent(
                LocalizedText.ofNullable(request.name()),
                LocalizedText.ofNullable(request.description()),
                ServiceStatus.fromValue(request.status()).orElseThrow(),
                request.categories(),
                request.targetGroups(),
                LocalizedText.ofNullable(request.eligibility()),
                request.minimumAge(),
                request.maximumAge(),
                request.languages(),
                Boolean.TRUE.equals(request.interpretationAvailable()),
                LocalizedText.ofNullable(request.howToApply()),
                request.free(),
                LocalizedText.ofNullable(request.feeDescription()),
                request.schedules() == null ? List.of() : request.schedules().stream().map(ServiceRequestMapping::schedule).toList(),
                request.email(),
                request.phone(),
                request.url(),
                request.locations() == null ? List.of() : request.locations().stream().map(ServiceRequestMapping::location).toList());
    }

    private static Schedule schedule(ServiceRequest.ScheduleRequest request) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (request.days() != null) {
            request.days().forEach(day -> days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
        }
        return new Schedule(days, time(request.opensAt()), time(request.closesAt()), request.rrule(),
                LocalizedText.ofNullable(request.description()));
    }

    private static LocalTime time(String value) {
        return value == null ? null : LocalTime.parse(value);
    }

    private static ServiceLocation location(ServiceRequest.LocationRequest request) {
        return new ServiceLocation(request.id() == null ? UUID.randomUUID().toString() : request.id(), request.name(),
                request.address(), request.postcode(), request.city(), request.district(), request.latitude(),
                request.longitude(), LocalizedText.ofNullable(request.accessibility()), request.virtualUrl());
    }
}
