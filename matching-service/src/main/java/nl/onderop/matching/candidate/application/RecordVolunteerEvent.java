package nl.onderop.matching.candidate.application;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.candidate.domain.Candidate;
import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.common.domain.TimeSlot;
import nl.onderop.platform.events.CloudEvent;

/**
 * Keeps the candidates current from the volunteer service's events: every volunteer event carries the whole
 * matching-relevant state, so the newest one wins; an erasure leaves a tombstone ({@link ErasedVolunteers}),
 * tells every feature that keeps data about the volunteer and removes the candidate; a state event of an erased
 * volunteer is ignored from then on, however late it comes. Events of other aggregates (tasks, trainings, ...) are ignored.
 */
@Component
public class RecordVolunteerEvent {

    static final String VOLUNTEER_PREFIX = "nl.onderop.volunteers.volunteer.";
    static final String ERASURE = "nl.onderop.volunteers.person.erasure-requested.v1";
    private static final Set<String> STATE_EVENTS = Set.of("registered", "profile-updated", "activated", "paused",
            "stopped", "status-changed", "membership-added", "pool-consent-changed");

    private final CandidateRepository candidates;
    private final ErasedVolunteers erased;
    private final ObjectProvider<VolunteerErasureListener> erasureListeners;

    public RecordVolunteerEvent(CandidateRepository candidates, ErasedVolunteers erased,
                                ObjectProvider<VolunteerErasureListener> erasureListeners) {
        this.candidates = candidates;
        this.erased = erased;
        this.erasureListeners = erasureListeners;
    }

    public Mono<Void> record(CloudEvent event) {
        if (ERASURE.equals(event.type())) {
            String volunteerId = event.dataString("volunteerId");
            return erased.remember(event.tenant(), volunteerId, event.time())
                    .thenMany(Flux.fromIterable(erasureListeners.orderedStream().toList()))
                    .concatMap(listener -> listener.volunteerErased(event.tenant(), volunteerId))
                    .then(candidates.delete(volunteerId));
        }
        if (isStateEvent(event.type())) {
            Candidate candidate = candidate(event);
            return erased.isErased(candidate.volunteerId())
                    .flatMap(gone -> gone ? Mono.empty() : candidates.upsertIfNewer(candidate).then());
        }
        return Mono.empty();
    }

    static boolean isStateEvent(String type) {
        if (type == null || !type.startsWith(VOLUNTEER_PREFIX) || !type.endsWith(".v1")) {
            return false;
        }
        return STATE_EVENTS.contains(type.substring(VOLUNTEER_PREFIX.length(), type.length() - ".v1".length()));
    }

    static Candidate candidate(CloudEvent event) {
        Map<String, Object> data = event.data();
        return new Candidate(event.dataString("volunteerId"), event.tenant(), event.dataString("account"),
                strings(data.get("organizations")), event.dataString("status"), Boolean.TRUE.equals(data.get("inPool")),
                maps(data.get("languages")).stream()
                        .map(language -> new Language(String.valueOf(language.get("code")), String.valueOf(language.get("level"))))
                        .toList(),
                strings(data.get("skills")), strings(data.get("interests")),
                maps(data.get("availability")).stream()
                        .map(slot -> new TimeSlot(DayOfWeek.valueOf(String.valueOf(slot.get("day")).toUpperCase(Locale.ROOT)),
                                LocalTime.parse(String.valueOf(slot.get("from"))), LocalTime.parse(String.valueOf(slot.get("to")))))
                        .toList(),
                event.dataString("district"), number(data.get("maxConcurrentMatches"), 1),
                strings(data.get("preferredActivities")), event.dataString("gender"), event.dataString("ageBand"),
                Boolean.TRUE.equals(data.get("newcomer")), number(data.get("version"), 0), event.time());
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static List<Map<?, ?>> maps(Object value) {
        return value instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(item -> (Map<?, ?>) item).toList()
                : List.of();
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number number ? number.intValue() : otherwise;
    }
}
