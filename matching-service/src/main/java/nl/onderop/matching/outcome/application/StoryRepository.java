package nl.onderop.matching.outcome.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of stories, each with its pending events in the same document. Lists leave erased stories out. */
public interface StoryRepository {

    Mono<Story> insert(Story story);

    /** Stores {@code changed} if the stored version is still {@code expectedVersion}; empty otherwise. */
    Mono<Story> update(Story changed, long expectedVersion, List<OutboxMessage> events);

    Mono<Story> findById(String id);

    /** A match's stories, newest first; only those by {@code author} when it is given. */
    Flux<Story> findByMatch(String tenant, String matchId, Rater author, long skip, int limit);

    Mono<Long> countByMatch(String tenant, String matchId, Rater author);

    Flux<Story> findByNewcomer(String tenant, String newcomerId);

    Flux<Story> findByAuthorVolunteer(String tenant, String volunteerId);

    Mono<Void> delete(Story story);
}
