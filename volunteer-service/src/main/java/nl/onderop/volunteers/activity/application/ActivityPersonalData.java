package nl.onderop.volunteers.activity.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.volunteer.application.PersonalDataHolder;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/** A volunteer's activities, notes included, belong to its export and go with its erasure. */
@Component
class ActivityPersonalData implements PersonalDataHolder {

    private final ActivityRepository activities;

    ActivityPersonalData(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public Mono<Object> export(Volunteer volunteer) {
        return activities.findAll(volunteer.tenant(), volunteer.id(), null).map(ActivityPersonalData::exported).collectList().map(list -> list);
    }

    /** Kinds as the API spells them, so the export reads like the API. */
    private static Map<String, Object> exported(Activity activity) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", activity.id());
        entry.put("organization", activity.organization());
        entry.put("date", activity.date().toString());
        entry.put("hours", activity.hours());
        entry.put("kind", activity.kind().value());
        entry.put("note", activity.note());
        entry.put("loggedAt", activity.loggedAt());
        return entry;
    }

    @Override
    public Mono<Void> erase(Volunteer volunteer) {
        return activities.deleteAll(volunteer.tenant(), volunteer.id());
    }
}
