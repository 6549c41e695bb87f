package nl.onderop.volunteers.activity.application;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.activity.domain.ActivityKind;

/** Storage of activities; each one is stored with its event in one write (outbox). */
public interface ActivityRepository {

    Mono<Activity> insert(Activity activity, List<OutboxMessage> events);

    /** A page of one volunteer's activities, newest first; {@code organization} null means all of them. */
    Flux<Activity> findPage(String tenant, String volunteerId, String organization, int page, int pageSize);

    Mono<Long> count(String tenant, String volunteerId, String organization);

    /** Every activity of the volunteer (for one organisation, or all when null); for totals and exports. */
    Flux<Activity> findAll(String tenant, String volunteerId, String organization);

    /** The date of the volunteer's latest activity for the organisation; empty when it never logged one. */
    Mono<LocalDate> lastDate(String tenant, String volunteerId, String organization);

    /** The volunteer's activities of one kind on or after {@code from}, for any organisation. */
    Flux<Activity> findOfKindSince(String tenant, String volunteerId, ActivityKind kind, LocalDate from);

    Mono<Void> deleteAll(String tenant, String volunteerId);
}
