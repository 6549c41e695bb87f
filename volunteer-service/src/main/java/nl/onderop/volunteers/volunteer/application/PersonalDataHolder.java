package nl.onderop.volunteers.volunteer.application;

import reactor.core.publisher.Mono;

import nl.onderop.volunteers.volunteer.domain.Volunteer;

/**
 * A feature of this service that keeps data about a volunteer (activities, sign-ups, enrolments, ...).
 * Every such feature implements it, so that a volunteer's export (GDPR art. 15) contains all of it and an
 * erasure (art. 17) removes all of it: {@link OwnProfile} asks every holder before it empties the profile.
 */
public interface PersonalDataHolder {

    /** The name of this holder's part of the export, e.g. {@code activities}. */
    String section();

    /** What this holder keeps about the volunteer, as it should appear in the export (records, lists, maps). */
    Mono<Object> export(Volunteer volunteer);

    /** Removes or anonymises what this holder keeps about the volunteer; idempotent. */
    Mono<Void> erase(Volunteer volunteer);
}
