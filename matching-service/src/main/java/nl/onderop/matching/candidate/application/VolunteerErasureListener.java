package nl.onderop.matching.candidate.application;

import reactor.core.publisher.Mono;

/** A feature that keeps data about volunteers and removes it when the volunteer service announces an erasure. */
public interface VolunteerErasureListener {

    Mono<Void> volunteerErased(String tenant, String volunteerId);
}
