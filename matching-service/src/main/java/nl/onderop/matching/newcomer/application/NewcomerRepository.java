package nl.onderop.matching.newcomer.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of newcomers, each with its pending events in the same document. */
public interface NewcomerRepository {

    Mono<Newcomer> insert(Newcomer newcomer, List<OutboxMessage> events);

    /** Stores {@code changed} if the stored version is still {@code expectedVersion}; empty otherwise. */
    Mono<Newcomer> update(Newcomer changed, long expectedVersion, List<OutboxMessage> events);

    Mono<Newcomer> findById(String id);

    Mono<Newcomer> findByAccount(String tenant, String account);

    /** The organisation's newcomers that are not erased, by alias. */
    Flux<Newcomer> findByOrganization(String tenant, String organization, long skip, int limit);

    Mono<Long> countByOrganization(String tenant, String organization);

    Flux<Newcomer> findByIds(List<String> ids);
}
