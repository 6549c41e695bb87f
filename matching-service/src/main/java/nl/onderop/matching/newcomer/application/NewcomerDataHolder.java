package nl.onderop.matching.newcomer.application;

import reactor.core.publisher.Mono;

import nl.onderop.matching.newcomer.domain.Newcomer;

/**
 * A feature that keeps data about a newcomer (help requests, matches, evaluations, referrals). The export
 * (GDPR art. 15) asks every holder for its part; an erasure (art. 17) asks every holder to remove its part
 * before the profile itself is emptied.
 */
public interface NewcomerDataHolder {

    String section();

    Mono<Object> export(Newcomer newcomer);

    /** Removes or anonymises what this holder keeps about the newcomer; idempotent. */
    Mono<Void> erase(Newcomer newcomer);
}
