package nl.onderop.directory.service.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of services. Every write stores the entry and its events in one atomic write (outbox). */
public interface ServiceRepository {

    Mono<ServiceEntry> insert(ServiceEntry entry, List<OutboxMessage> events);

    /** Stores {@code entry} if the stored one still has {@code expectedVersion}; empty when it changed meanwhile. */
    Mono<ServiceEntry> update(ServiceEntry entry, long expectedVersion, List<OutboxMessage> events);

    Mono<ServiceEntry> findById(String id);

    Flux<ServiceEntry> findByOrganization(String organizationId);

    Flux<ServiceEntry> findByTenant(String tenant);

    Flux<ServiceEntry> findPublished();

    Flux<ServiceEntry> findUpdatedSince(Instant since);

    /** Published entries of the tenant last confirmed on or before {@code day}: candidates for a verification. */
    Flux<ServiceEntry> findPublishedConfirmedOnOrBefore(String tenant, LocalDate day);

    /**
     * Records that the {@code notices}-th overdue period was announced, with its event, only if fewer were
     * announced before and the entry was not verified meanwhile: of two instances racing, one wins.
     */
    Mono<Boolean> recordVerificationDue(ServiceEntry entry, int notices, OutboxMessage event);
}
