package nl.onderop.directory.service.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.onderop.directory.service.domain.Schedule;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;

/**
 * What a service must satisfy beyond its shape: known taxonomy terms, sensible ages, coordinates on Earth,
 * a place or a URL for every location, an id for each location of its own. Every violation is named by its field, all at once.
 */
@Component
public class ServiceContentRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final TaxonomyCatalog taxonomy;

    public ServiceContentRules(TaxonomyCatalog taxonomy) {
        this.taxonomy = taxonomy;
    }

    public void check(ServiceContent content) {
        List<InvalidParam> problems = new ArrayList<>();
        if (content.name().exactly("nl").isEmpty()) {
            problems.add(new InvalidParam("name.nl", "required", "A service needs a Dutch name."));
        }
        if (content.categories().isEmpty()) {
            problems.add(new InvalidParam("categories", "required", "At least one activity of onderop-activities."));
        }
        for (int i = 0; i < content.categories().size(); i++) {
            if (!taxonomy.isActivity(content.categories().get(i))) {
                problems.add(new InvalidParam("categories[" + i + "]", "unknownTerm",
                        "Not a term of onderop-activities: " + content.categories().get(i)));
            }
        }
        for (int i = 0; i < content.targetGroups().size(); i++) {
            if (!taxonomy.isTargetGroup(content.targetGroups().get(i))) {
                problems.add(new InvalidParam("targetGroups[" + i + "]", "unknownTerm",
                        "Not a term of onderop-target-groups: " + content.targetGroups().get(i)));
            }
        }
        for (int i = 0; i < content.languages().size(); i++) {
            if (!LANGUAGE.matcher(content.languages().get(i)).matches()) {
                problems.add(new InvalidParam("languages[" + i + "]", "pattern", "A two-letter ISO 639-1 code, e.g. nl."));
            }
        }
        checkAges(content, problems);
        if (!content.free() && content.feeDescription().isEmpty()) {
            problems.add(new InvalidParam("feeDescription", "required", "Say what it costs when it is not free."));
        }
        for (int i = 0; i < content.schedules().size(); i++) {
            checkSchedule("schedules[" + i + "]", content.schedules().get(i), problems);
        }
        Set<String> locationIds = new HashSet<>();
        for (int i = 0; i < content.locations().size(); i++) {
            checkLocation("locations[" + i + "]", content.locations().get(i), problems);
            if (!locationIds.add(content.locations().get(i).id())) {
                problems.add(new InvalidParam("locations[" + i + "].id", "unique",
                        "Another location of this service has this id; leave it out for a new location."));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private static void checkAges(ServiceContent content, List<InvalidParam> problems) {
        if (content.minimumAge() != null && (content.minimumAge() < 0 || content.minimumAge() > 120)) {
            problems.add(new InvalidParam("minimumAge", "range", "Between 0 and 120."));
        }
        if (content.maximumAge() != null && (content.maximumAge() < 0 || content.maximumAge() > 120)) {
            problems.add(new InvalidParam("maximumAge", "range", "Between 0 and 120."));
        }
        if (content.minimumAge() != null && content.maximumAge() != null && content.minimumAge() > content.maximumAge()) {
            problems.add(new InvalidParam("maximumAge", "range", "At least the minimum age."));
        }
    }

    private static void checkSchedule(String field, Schedule schedule, List<InvalidParam> problems) {
        if (schedule.days().isEmpty() && schedule.rrule() == null) {
            problems.add(new InvalidParam(field + ".days", "required", "Weekdays, or an rrule for anything irregular."));
        }
        if (schedule.opensAt() != null && schedule.closesAt() != null && !schedule.opensAt().isBefore(schedule.closesAt())) {
            problems.add(new InvalidParam(field + ".closesAt", "range", "Later than opensAt."));
        }
    }

    private static void checkLocation(String field, ServiceLocation location, List<InvalidParam> problems) {
        if ((location.latitude() == null) != (location.longitude() == null)) {
            problems.add(new InvalidParam(field + ".longitude", "required", "Give latitude and longitude together."));
        }
        if (location.latitude() != null && (location.latitude() < -90 || location.latitude() > 90)) {
            problems.add(new InvalidParam(field + ".latitude", "range", "Between -90 and 90."));
        }
        if (location.longitude() != null && (location.longitude() < -180 || location.longitude() > 180)) {
            problems.add(new InvalidParam(field + ".longitude", "range", "Between -180 and 180."));
        }
        if (location.address() == null && location.virtualUrl() == null) {
            problems.add(new InvalidParam(field + ".address", "required", "An address, or a virtualUrl for online services."));
        }
    }
}
