package nl.onderop.volunteers.volunteer.application;

import java.time.DayOfWeek;
import java.time.LocalTime;

import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * A coordinator's search: its own organisation's volunteers, or ({@code pool}) the consenting active
 * volunteers of the tenant's other organisations; null criteria do not filter.
 */
public record VolunteerSearch(String tenant, String organization, boolean pool, String language, String skill,
                              DayOfWeek day, LocalTime at, String district, VolunteerStatus status) {

    /** The criteria a store cannot easily express, checked on each candidate. */
    public boolean matches(Volunteer volunteer) {
        if (pool ? !volunteer.isInPool() || volunteer.isMemberOf(organization) : !volunteer.isMemberOf(organization)) {
            return false;
        }
        if (language != null && !volunteer.profile().speaks(language)) {
            return false;
        }
        if (skill != null && !volunteer.profile().skills().contains(skill)) {
            return false;
        }
        if (district != null && !district.equalsIgnoreCase(String.valueOf(volunteer.profile().district()))) {
            return false;
        }
        if (status != null && volunteer.status() != status) {
            return false;
        }
        if (day != null) {
            return volunteer.profile().availability().stream()
                    .anyMatch(slot -> at == null ? slot.day() == day : slot.covers(day, at));
        }
        return true;
    }
}
