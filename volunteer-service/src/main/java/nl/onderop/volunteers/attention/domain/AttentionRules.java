package nl.onderop.volunteers.attention.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * The early warnings, in plain terms a coordinator can check by hand. {@code weeks} is the organisation's
 * window (default 4). Each item carries the day its situation began, so that one silence is one occurrence
 * and a new silence after new activity (or a check-in) is a new one.
 */
public final class AttentionRules {

    public static final int DEFAULT_WEEKS = 4;
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;

    private static final Set<VolunteerStatus> STARTING_OR_ACTIVE = EnumSet.of(VolunteerStatus.APPLIED,
            VolunteerStatus.INTAKE, VolunteerStatus.SCREENING, VolunteerStatus.ACTIVE);

    private AttentionRules() {
    }

    public static List<AttentionItem> itemsFor(VolunteerSituation volunteer, int weeks, LocalDate today) {
        LocalDate windowStart = windowStart(weeks, today);
        List<AttentionItem> items = new ArrayList<>();
        if (volunteer.lastActivity() == null) {
            if (STARTING_OR_ACTIVE.contains(volunteer.status()) && !volunteer.registeredOn().isAfter(windowStart)) {
                items.add(item(volunteer, AttentionReason.NO_FIRST_ACTIVITY, volunteer.registeredOn()));
            }
        } else if (volunteer.status() == VolunteerStatus.ACTIVE) {
            // A check-in conversation after the last activity is contact too: the silence starts again from it.
            LocalDate silenceStart = volunteer.lastCheckIn() != null && volunteer.lastCheckIn().isAfter(volunteer.lastActivity())
                    ? volunteer.lastCheckIn() : volunteer.lastActivity();
            if (!silenceStart.isAfter(windowStart)) {
                items.add(item(volunteer, AttentionReason.NO_RECENT_ACTIVITY, silenceStart));
            }
        }
        LocalDate overloadedSince = aboveCapacitySince(volunteer, windowStart);
        if (overloadedSince != null) {
            items.add(item(volunteer, AttentionReason.ABOVE_CAPACITY, overloadedSince));
        }
        return items;
    }

    /** The first day counted in the window: {@code weeks} weeks before today. */
    public static LocalDate windowStart(int weeks, LocalDate today) {
        return today.minusWeeks(weeks);
    }

    /**
     * A stand-in until matching exists: a volunteer carries one buddy per organisation it logged buddy meetings
     * for in the window; more organisations than {@code maxConcurrentMatches} is above capacity, since the day
     * of the meeting that first brought the count above it.
     */
    static LocalDate aboveCapacitySince(VolunteerSituation volunteer, LocalDate windowStart) {
        Set<String> organizations = new HashSet<>();
        List<VolunteerSituation.BuddyMeeting> inWindow = volunteer.buddyMeetings().stream()
                .filter(meeting -> !meeting.date().isBefore(windowStart))
                .sorted(Comparator.comparing(VolunteerSituation.BuddyMeeting::date))
                .toList();
        for (VolunteerSituation.BuddyMeeting meeting : inWindow) {
            organizations.add(meeting.organization());
            if (organizations.size() > volunteer.maxConcurrentMatches()) {
                return meeting.date();
            }
        }
        return null;
    }

    public static boolean isValidWeeks(int weeks) {
        return weeks >= MIN_WEEKS && weeks <= MAX_WEEKS;
    }

    private static AttentionItem item(VolunteerSituation volunteer, AttentionReason reason, LocalDate since) {
        return new AttentionItem(volunteer.volunteerId(), volunteer.firstName(), reason, since);
    }
}
