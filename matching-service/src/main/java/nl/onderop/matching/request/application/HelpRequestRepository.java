package nl.onderop.matching.request.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.platform.events.OutboxMessage;

public interface HelpRequestRepository {

    Mono<HelpRequest> insert(HelpRequest request, List<OutboxMessage> events);

    /** Stores {@code changed} if the stored version is still {@code expectedVersion}; empty otherwise. */
    Mono<HelpRequest> update(HelpRequest changed, long expectedVersion, List<OutboxMessage> events);

    Mono<HelpRequest> findById(String id);

    Flux<HelpRequest> findByOrganization(String tenant, String organization, Boolean open, long skip, int limit);

    Mono<Long> countByOrganization(String tenant, String organization, Boolean open);

    Flux<HelpRequest> findByNewcomer(String newcomerId);

    /** Every open request of the organisation, for a matching run. */
    Flux<HelpRequest> findOpen(String tenant, String organization);
}
