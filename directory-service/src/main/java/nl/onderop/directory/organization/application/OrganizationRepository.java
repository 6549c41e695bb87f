package nl.onderop.directory.organization.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of organisations. Every write stores the organisation and its events in one atomic write. */
public interface OrganizationRepository {

    /** Fails with {@link DuplicateOrganizationException} when the tenant already has this slug. */
    Mono<Organization> insert(Organization organization, List<OutboxMessage> events);

    /** Stores it if the stored one still has {@code expectedVersion}; empty when it changed meanwhile. */
    Mono<Organization> update(Organization organization, long expectedVersion, List<OutboxMessage> events);

    Mono<Organization> findById(String id);

    Mono<OrganizationPage> findVisible(DirectoryAccess access, Optional<String> tenant, int page, int pageSize);

    Flux<Organization> findPublished();

    Flux<Organization> findByTenant(String tenant);

    Flux<Organization> findUpdatedSince(Instant since);
}
