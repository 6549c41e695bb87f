package nl.onderop.volunteers.volunteer.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.onderop.volunteers.volunteer.application.OwnProfile;
import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Everything the volunteer service holds about one person, for the person: the profile as they see it,
 * their memberships with dates, their consent with its time and text version, the record's dates, and in
 * {@code other} what the service's other features keep about them (activities, sign-ups, enrolments).
 */
record PersonalDataExport(
        String service,
        Instant exportedAt,
        VolunteerResponse profile,
        List<Membership> memberships,
        PoolConsent poolConsent,
        String account,
        Map<String, Object> other) {

    static PersonalDataExport of(OwnProfile.Export export) {
        Volunteer volunteer = export.volunteer();
        return new PersonalDataExport("volunteer-service", Instant.now(),
                VolunteerResponse.of(volunteer, VolunteerAccess.View.FULL), volunteer.memberships(),
                volunteer.poolConsent(), volunteer.account(), export.sections());
    }
}
