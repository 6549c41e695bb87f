package nl.onderop.matching.candidate.application;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * The tombstones of erased volunteers: only the pseudonymous volunteer id, its tenant and when. A volunteer state
 * event that arrives after the erasure (redelivered, replayed from the dead-letter topic, or read again by a
 * rebuild) can then never bring the candidate back.
 */
public interface ErasedVolunteers {

    Mono<Void> remember(String tenant, String volunteerId, Instant erasedAt);

    Mono<Boolean> isErased(String volunteerId);
}
