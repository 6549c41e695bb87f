package nl.onderop.volunteers.introduction.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.introduction.domain.Introduction;

/** Storage of introduction requests, each with its events in the same document. */
public interface IntroductionRepository {

    /** Fails with {@code DuplicateKeyException} when the organisation already asked this volunteer. */
    Mono<Introduction> insert(Introduction introduction, List<OutboxMessage> events);

    /** Stores the answer if the request is still open; empty when it was answered meanwhile. */
    Mono<Introduction> answer(Introduction answered, List<OutboxMessage> events);

    Mono<Introduction> findById(String id);

    Flux<Introduction> findByVolunteer(String volunteerId);

    Mono<Void> deleteByVolunteer(String volunteerId);
}
