package nl.onderop.volunteers.training.application;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.training.domain.Training;

/** Storage of trainings with their enrolments; every write stores the events in the same document (outbox). */
public interface TrainingRepository {

    Mono<Training> insert(Training training, List<OutboxMessage> events);

    /** Stores it if the stored one still has {@code expectedVersion}; empty when it changed meanwhile. */
    Mono<Training> update(Training training, long expectedVersion, List<OutboxMessage> events);

    Mono<Training> findById(String id);

    /** A tenant's trainings of one organisation and, if asked, the ones open to the tenant; by start. */
    Flux<Training> findVisible(String tenant, String organization, boolean withOpenToTenant, Instant endingAfter,
                               long skip, int limit);

    Mono<Long> countVisible(String tenant, String organization, boolean withOpenToTenant, Instant endingAfter);

    Flux<Training> findOwnedBy(String tenant, String organization);

    /** Trainings of other organisations that volunteers of {@code organization} enrolled in. */
    Flux<Training> findAttendedFrom(String tenant, String organization);

    Flux<Training> findByVolunteer(String tenant, String volunteerId);
}
