package nl.onderop.volunteers.volunteer.adapter.web;

import java.time.Instant;
import java.util.List;

import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Everything the volunteer service holds about one person, for the person: the profile as they see it,
 * their memberships with dates, their consent with its time and text version, and the record's dates.
 */
record PersonalDataExport(
        String service,
        Instant exportedAt,
        VolunteerResponse profile,
        List<Membership> memberships,
        PoolConsent poolConsent,
        String account) {

    static PersonalDataExport of(Volunteer volunteer) {
        return new PersonalDataExport("volunteer-service", Instant.now(),
                VolunteerResponse.of(volunteer, VolunteerAccess.View.FULL), volunteer.memberships(),
                volunteer.poolConsent(), volunteer.account());
    }
}
