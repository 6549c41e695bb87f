package nl.onderop.volunteers.attention.application;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.attention.domain.CheckIn;

/** Storage of check-in conversations, per tenant and organisation. */
public interface CheckInRepository {

    Mono<CheckIn> insert(CheckIn checkIn);

    /** A page of one volunteer's check-ins by one organisation, newest first; null organisation: all of them. */
    Flux<CheckIn> findPage(String tenant, String organization, String volunteerId, int page, int pageSize);

    Mono<Long> count(String tenant, String organization, String volunteerId);

    Mono<LocalDate> lastDate(String tenant, String organization, String volunteerId);

    Flux<CheckIn> findAll(String tenant, String volunteerId);

    Mono<Void> deleteAll(String tenant, String volunteerId);
}
