package nl.onderop.volunteers.attention.application;

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
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.attention.domain.CheckIn;
import nl.onderop.volunteers.attention.domain.CheckInOutcome;
import nl.onderop.volunteers.volunteer.application.FindVolunteers;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * A coordinator records a check-in conversation with one of its organisation's volunteers; it counts as contact,
 * so the volunteer leaves the no-recent-activity warnings until the next silence.
 */
@Component
public class RecordCheckIns {

    public record NewCheckIn(LocalDate date, String outcome, String note) {
    }

    public record Page(List<CheckIn> checkIns, long total) {
    }

    private static final Logger log = LoggerFactory.getLogger(RecordCheckIns.class);

    private final CheckInRepository checkIns;
    private final FindVolunteers volunteers;
    private final Clock clock;

    public RecordCheckIns(CheckInRepository checkIns, FindVolunteers volunteers, Clock clock) {
        this.checkIns = checkIns;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public Mono<CheckIn> record(VolunteerAccess access, String volunteerId, NewCheckIn request) {
        return volunteers.managed(access, volunteerId).flatMap(volunteer -> {
            List<InvalidParam> problems = new ArrayList<>();
            LocalDate today = LocalDate.now(clock.withZone(Activity.ZONE));
            if (request.date().isAfter(today)) {
                problems.add(new InvalidParam("date", "range", "Not in the future."));
            }
            CheckInOutcome outcome = CheckInOutcome.fromValue(request.outcome()).orElse(null);
            if (outcome == null) {
                problems.add(new InvalidParam("outcome", "enum", "One of continues, pauses, stops, other."));
            }
            String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
            if (note != null && note.length() > CheckIn.MAX_NOTE_LENGTH) {
                problems.add(new InvalidParam("note", "size", "At most " + CheckIn.MAX_NOTE_LENGTH + " characters."));
            }
            if (!problems.isEmpty()) {
                return Mono.error(ApiProblem.invalid(problems));
            }
            return checkIns.insert(new CheckIn(UUID.randomUUID().toString(), volunteer.tenant(), access.organization(),
                            volunteer.id(), request.date(), outcome, note, Instant.now(clock)))
                    .doOnNext(saved -> log.info("Check-in recorded for volunteer {} in tenant {}", saved.volunteerId(),
                            saved.tenant()));
        });
    }

    /** The caller's organisation's check-ins with the volunteer; another organisation's stay out of sight. */
    public Mono<Page> list(VolunteerAccess access, String volunteerId, int page, int pageSize) {
        return volunteers.managed(access, volunteerId).flatMap(volunteer -> Mono.zip(
                checkIns.findPage(volunteer.tenant(), access.organization(), volunteer.id(), page, pageSize).collectList(),
                checkIns.count(volunteer.tenant(), access.organization(), volunteer.id()), Page::new));
    }
}
