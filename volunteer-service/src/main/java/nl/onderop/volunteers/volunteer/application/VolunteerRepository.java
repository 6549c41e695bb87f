package nl.onderop.volunteers.volunteer.application;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/** Storage of volunteers; every write stores the volunteer and its events in one atomic write (outbox). */
public interface VolunteerRepository {

    /** Fails with {@link DuplicateAccountException} when the account already has a profile. */
    Mono<Volunteer> insert(Volunteer volunteer, List<OutboxMessage> events);

    /** Stores many new volunteers, each with its events (imports); no account checks: imported ones have none. */
    Flux<Volunteer> insertAll(List<Map.Entry<Volunteer, List<OutboxMessage>>> volunteersWithEvents);

    /** Stores it if the stored one still has {@code expectedVersion}; empty when it changed meanwhile. */
    Mono<Volunteer> update(Volunteer volunteer, long expectedVersion, List<OutboxMessage> events);

    Mono<Volunteer> findById(String id);

    Mono<Volunteer> findByAccount(String account);

    /** Every volunteer of a tenant, erased ones included; for scans over the whole tenant. */
    Flux<Volunteer> findByTenant(String tenant);

    /** Candidates for a coordinator's search: a tenant's volunteers of one organisation, or its pool. */
    Flux<Volunteer> findForSearch(VolunteerSearch search);
}
