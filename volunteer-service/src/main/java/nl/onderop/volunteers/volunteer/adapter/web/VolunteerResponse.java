package nl.onderop.volunteers.volunteer.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/**
 * A volunteer as the caller may see it: {@code view} is {@code full} for its own organisation and itself,
 * {@code pool} for other organisations of the tenant, which get no last name, no contact details and neither
 * the self-declared gender nor the age band (the pool view stays minimal).
 */
record VolunteerResponse(
        String id,
        String tenant,
        String view,
        String firstName,
        String lastName,
        String email,
        String phone,
        List<Language> languages,
        List<String> skills,
        List<String> interests,
        List<Slot> availability,
        String district,
        int maxConcurrentMatches,
        List<String> preferredActivities,
        boolean newcomer,
        Certificate certificateOfConduct,
        String gender,
        String ageBand,
        String status,
        String stopReason,
        List<String> organizations,
        boolean poolConsent,
        Long version,
        Instant createdAt,
        Instant updatedAt) {

    record Language(String code, String level) {
    }

    record Slot(String day, String from, String to) {
    }

    record Certificate(String status, LocalDate date) {
    }

    static VolunteerResponse of(Volunteer volunteer, VolunteerAccess.View view) {
        VolunteerProfile p = volunteer.profile();
        boolean full = view == VolunteerAccess.View.FULL;
        return new VolunteerResponse(volunteer.id(), volunteer.tenant(), view.name().toLowerCase(Locale.ROOT),
                p.firstName(), full ? p.lastName() : null, full ? p.email() : null, full ? p.phone() : null,
                p.languages().stream().map(l -> new Language(l.code(), l.level())).toList(), p.skills(), p.interests(),
                p.availability().stream().map(s -> new Slot(s.day().name().toLowerCase(Locale.ROOT), s.from().toString(),
                        s.to().toString())).toList(),
                p.district(), p.maxConcurrentMatches(), p.preferredActivities(), p.newcomer(),
                full ? new Certificate(p.certificateOfConduct().status(), p.certificateOfConduct().date()) : null,
                full ? p.gender() : null, full ? p.ageBand() : null,
                volunteer.status().value(), volunteer.stopReason() == null ? null : volunteer.stopReason().value(),
                full ? volunteer.organizations() : List.of(), volunteer.poolConsent().given(),
                full ? volunteer.version() : null, full ? volunteer.createdAt() : null, full ? volunteer.updatedAt() : null);
    }
}
