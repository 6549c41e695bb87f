package nl.onderop.directory.organization.application;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.platform.events.OutboxMessage;

/** Storage of organisations. {@link #insert} stores the organisation and its events in one atomic write. */
public interface OrganizationRepository {

    /** Fails with {@link DuplicateOrganizationException} when the tenant already has this slug. */
    Mono<Organization> insert(Organization organization, List<OutboxMessage> events);

    Mono<Organization> findById(String id);

    Mono<OrganizationPage> findVisible(DirectoryAccess access, Optional<String> tenant, int page, int pageSize);
}
