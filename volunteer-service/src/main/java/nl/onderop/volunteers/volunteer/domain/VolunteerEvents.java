package nl.onderop.volunteers.volunteer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events about volunteers carry what matching and reporting need — languages, skills, interests,
 * availability, district, capacity, status, organisations, and the optional self-declared gender and age band
 * for newcomers' declared preferences — and never names or contact details.
 */
public final class VolunteerEvents {

    public static final String REGISTERED = "nl.onderop.volunteers.volunteer.registered.v1";
    public static final String PROFILE_UPDATED = "nl.onderop.volunteers.volunteer.profile-updated.v1";
    public static final String ACTIVATED = "nl.onderop.volunteers.volunteer.activated.v1";
    public static final String PAUSED = "nl.onderop.volunteers.volunteer.paused.v1";
    public static final String STOPPED = "nl.onderop.volunteers.volunteer.stopped.v1";
    public static final String STATUS_CHANGED = "nl.onderop.volunteers.volunteer.status-changed.v1";
    public static final String MEMBERSHIP_ADDED = "nl.onderop.volunteers.volunteer.membership-added.v1";
    public static final String POOL_CONSENT_CHANGED = "nl.onderop.volunteers.volunteer.pool-consent-changed.v1";
    /** Fans out to every service that may hold data about the person (ARCHITECTURE: erasure). */
    public static final String ERASURE_REQUESTED = "nl.onderop.volunteers.person.erasure-requested.v1";

    private VolunteerEvents() {
    }

    /** The type announcing a move to {@code status}. */
    public static String forStatus(VolunteerStatus status) {
        return switch (status) {
            case ACTIVE -> ACTIVATED;
            case PAUSED -> PAUSED;
            case STOPPED -> STOPPED;
            default -> STATUS_CHANGED;
        };
    }

    public static Map<String, Object> data(Volunteer volunteer) {
        VolunteerProfile profile = volunteer.profile();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("volunteerId", volunteer.id());
        data.put("tenant", volunteer.tenant());
        // the login subject (a pseudonymous id, not a contact detail): matching lets the volunteer see its own matches
        data.put("account", volunteer.account());
        data.put("organizations", volunteer.organizations());
        data.put("status", volunteer.status().value());
        data.put("stopReason", volunteer.stopReason() == null ? null : volunteer.stopReason().value());
        data.put("languages", profile.languages().stream()
                .map(language -> Map.of("code", language.code(), "level", language.level())).toList());
        data.put("skills", profile.skills());
        data.put("interests", profile.interests());
        data.put("availability", profile.availability().stream()
                .map(slot -> Map.of("day", slot.day().name().toLowerCase(Locale.ROOT),
                        "from", slot.from().toString(), "to", slot.to().toString()))
                .toList());
        data.put("district", profile.district());
        data.put("maxConcurrentMatches", profile.maxConcurrentMatches());
        data.put("preferredActivities", profile.preferredActivities());
        data.put("newcomer", profile.newcomer());
        data.put("gender", profile.gender());
        data.put("ageBand", profile.ageBand());
        data.put("inPool", volunteer.isInPool());
        data.put("version", volunteer.version());
        return data;
    }

    /** Enough for other services to find what they hold about the person: its ids, nothing else. */
    public static Map<String, Object> erasure(Volunteer before) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("volunteerId", before.id());
        data.put("tenant", before.tenant());
        data.put("account", before.account());
        data.put("organizations", before.organizations());
        return data;
    }

    public static List<String> personalFields() {
        return List.of("firstName", "lastName", "email", "phone");
    }
}
