package nl.onderop.matching.referral.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.referral.domain.ListedOrganization;
import nl.onderop.matching.referral.domain.ListedService;

/** The read model of the directory that referrals need: services and the slugs of their organisations. */
public interface DirectoryListings {

    /** Stores the service unless a newer version of it is stored already; true when it was stored. */
    Mono<Boolean> saveServiceIfNewer(ListedService service);

    Mono<Void> saveOrganization(ListedOrganization organization);

    Mono<ListedService> findService(String serviceId);

    Mono<ListedOrganization> findOrganization(String organizationId);

    /** The tenant's published services, by id (the demo loader picks referral targets from them). */
    Flux<ListedService> findPublished(String tenant);

    Mono<Long> countPublished();
}
