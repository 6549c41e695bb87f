package nl.onderop.volunteers.activity.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.activity.domain.ActivityEvents;
import nl.onderop.volunteers.activity.domain.ActivityKind;
import nl.onderop.volunteers.activity.domain.MonthlyHours;
import nl.onderop.volunteers.volunteer.application.FindVolunteers;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * The activity log: a volunteer logs its own time; a coordinator reads what its volunteers logged for its
 * own organisation, with totals per month. Activities for other organisations, and so their notes, stay
 * out of a coordinator's sight.
 */
@Component
public class LogActivities {

    /** What a volunteer asks to log; the kind as its API value, the organisation optional for a single membership. */
    public record NewActivity(LocalDate date, double hours, String kind, String organization, String note) {
    }

    public record Page(List<Activity> activities, long total) {
    }

    public record CoordinatorView(Page page, List<MonthlyHours> months) {
    }

    /** How far back a volunteer may still log: a year covers a forgotten season. */
    static final int MAX_DAYS_BACK = 366;

    private static final Logger log = LoggerFactory.getLogger(LogActivities.class);

    private final ActivityRepository activities;
    private final FindVolunteers volunteers;
    private final CloudEventFactory events;
    private final Clock clock;

    public LogActivities(ActivityRepository activities, FindVolunteers volunteers, CloudEventFactory events, Clock clock) {
        this.activities = activities;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Activity> log(VolunteerAccess access, NewActivity request) {
        return volunteers.own(access).flatMap(own -> {
            Activity activity = checked(own, request);
            return activities.insert(activity, List.of(events.outboxMessage(ActivityEvents.LOGGED, activity.tenant(),
                            activity.volunteerId(), ActivityEvents.logged(activity))))
                    .doOnNext(saved -> log.info("Volunteer {} in tenant {} logged an activity", saved.volunteerId(),
                            saved.tenant()));
        });
    }

    public Mono<Page> own(VolunteerAccess access, int page, int pageSize) {
        return volunteers.own(access).flatMap(own -> page(own.tenant(), own.id(), null, page, pageSize));
    }

    /** A coordinator's view of one of its volunteers; 403 for roles without personal data, 404 for others' volunteers. */
    public Mono<CoordinatorView> ofVolunteer(VolunteerAccess access, String volunteerId, int page, int pageSize) {
        return volunteers.managed(access, volunteerId).flatMap(volunteer -> Mono.zip(
                page(volunteer.tenant(), volunteer.id(), access.organization(), page, pageSize),
                activities.findAll(volunteer.tenant(), volunteer.id(), access.organization()).collectList()
                        .map(MonthlyHours::of),
                CoordinatorView::new));
    }

    private Mono<Page> page(String tenant, String volunteerId, String organization, int page, int pageSize) {
        return Mono.zip(activities.findPage(tenant, volunteerId, organization, page, pageSize).collectList(),
                activities.count(tenant, volunteerId, organization), Page::new);
    }

    private Activity checked(Volunteer own, NewActivity request) {
        List<InvalidParam> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Activity.ZONE));
        if (request.date().isAfter(today)) {
            problems.add(new InvalidParam("date", "range", "Not in the future."));
        } else if (request.date().isBefore(today.minusDays(MAX_DAYS_BACK))) {
            problems.add(new InvalidParam("date", "range", "At most a year ago."));
        }
        if (!Activity.isValidHours(request.hours())) {
            problems.add(new InvalidParam("hours", "range", "Between 0.25 and 24, in quarters of an hour."));
        }
        ActivityKind kind = ActivityKind.fromValue(request.kind()).orElse(null);
        if (kind == null) {
            problems.add(new InvalidParam("kind", "enum", "One of " + String.join(", ", ActivityKind.allValues()) + "."));
        }
        String organization = request.organization();
        if (organization == null && own.organizations().size() == 1) {
            organization = own.organizations().get(0);
        }
        if (organization == null) {
            problems.add(new InvalidParam("organization", "required", "Name the organisation, one of your memberships."));
        } else if (!own.isMemberOf(organization)) {
            problems.add(new InvalidParam("organization", "membership", "One of your organisations: " + own.organizations() + "."));
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > Activity.MAX_NOTE_LENGTH) {
            problems.add(new InvalidParam("note", "size", "At most " + Activity.MAX_NOTE_LENGTH + " characters."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return new Activity(UUID.randomUUID().toString(), own.tenant(), own.id(), organization, request.date(),
                request.hours(), kind, note, Instant.now(clock));
    }
}
