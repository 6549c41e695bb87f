package nl.onderop.matching.match.application;

import reactor.core.publisher.Mono;

import nl.onderop.matching.match.domain.MatchSettings;

public interface MatchSettingsRepository {

    Mono<MatchSettings> find(String tenant, String organization);

    /** Stores the settings if the stored version is still {@code expectedVersion} (0: none stored); empty otherwise. */
    Mono<MatchSettings> save(MatchSettings settings, long expectedVersion);
}
