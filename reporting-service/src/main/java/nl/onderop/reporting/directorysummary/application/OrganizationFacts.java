package nl.onderop.reporting.directorysummary.application;

import java.util.Map;

import reactor.core.publisher.Mono;

import nl.onderop.reporting.directorysummary.domain.OrganizationFact;

/** The projection store: one fact per organisation id (so replaying an event changes nothing). */
public interface OrganizationFacts {

    Mono<Void> upsert(OrganizationFact fact);

    Mono<Map<String, Long>> countByType(String tenant);
}
