package nl.onderop.matching.candidate.application;

import reactor.core.publisher.Flux;

import nl.onderop.platform.events.CloudEvent;

/** Every volunteer event still on the topic, oldest first per volunteer, up to the moment of asking. */
public interface VolunteerEventHistory {

    Flux<CloudEvent> replay();
}
