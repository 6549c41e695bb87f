package nl.onderop.volunteers.attention.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.attention.domain.AttentionSettings;

/** One settings record per tenant and organisation; absent means the defaults. */
public interface AttentionSettingsRepository {

    Mono<AttentionSettings> find(String tenant, String organization);

    Flux<AttentionSettings> findByTenant(String tenant);

    Mono<AttentionSettings> save(AttentionSettings settings);
}
