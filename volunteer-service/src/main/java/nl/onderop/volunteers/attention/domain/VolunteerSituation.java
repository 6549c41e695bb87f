package nl.onderop.volunteers.attention.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * What the attention rules need to know about one volunteer of one organisation.
 *
 * @param registeredOn     the day the volunteer's profile was created
 * @param lastActivity     the latest activity logged for this organisation; null when none
 * @param lastCheckIn      the latest check-in conversation of this organisation; null when none
 * @param buddyMeetings    the volunteer's buddy meetings in the window, for any organisation
 * @param maxConcurrentMatches how many buddies the volunteer said it could carry at once
 */
public record VolunteerSituation(String volunteerId, String firstName, VolunteerStatus status, LocalDate registeredOn,
                                 LocalDate lastActivity, LocalDate lastCheckIn, List<BuddyMeeting> buddyMeetings,
                                 int maxConcurrentMatches) {

    public VolunteerSituation {
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredOn, "registeredOn");
        buddyMeetings = buddyMeetings == null ? List.of() : List.copyOf(buddyMeetings);
    }

    /** A buddy meeting the volunteer logged for an organisation on a day. */
    public record BuddyMeeting(String organization, LocalDate date) {
    }
}
