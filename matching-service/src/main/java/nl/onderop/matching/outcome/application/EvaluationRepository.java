package nl.onderop.matching.outcome.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of evaluations, each with its pending events in the same document. */
public interface EvaluationRepository {

    /** Stores a new evaluation; empty when one with the same id (match, kind, rater) exists already. */
    Mono<Evaluation> insert(Evaluation evaluation, List<OutboxMessage> events);

    Mono<Evaluation> replace(Evaluation changed);

    Mono<Evaluation> findById(String tenant, String id);

    Flux<Evaluation> findByMatch(String tenant, String matchId);

    Flux<Evaluation> findByNewcomer(String tenant, String newcomerId);

    Flux<Evaluation> findByRaterVolunteer(String tenant, String volunteerId);

    Mono<Void> deleteByNewcomer(String tenant, String newcomerId);
}
