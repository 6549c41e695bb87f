package nl.onderop.volunteers.attention.application;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.attention.domain.AttentionRules;
import nl.onderop.volunteers.attention.domain.AttentionSettings;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** An organisation's coordinator chooses how many silent weeks make a warning; other organisations keep theirs. */
@Component
public class ConfigureAttention {

    private static final Logger log = LoggerFactory.getLogger(ConfigureAttention.class);

    private final AttentionSettingsRepository settings;
    private final Clock clock;

    public ConfigureAttention(AttentionSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Mono<AttentionSettings> current(VolunteerAccess access) {
        return AttentionList.requireCoordinator(access).then(Mono.defer(() -> {
            String tenant = access.soleTenant().orElseThrow();
            return settings.find(tenant, access.organization())
                    .defaultIfEmpty(AttentionSettings.defaults(tenant, access.organization()));
        }));
    }

    public Mono<AttentionSettings> change(VolunteerAccess access, int weeks) {
        if (!AttentionRules.isValidWeeks(weeks)) {
            return Mono.error(ApiProblem.invalid("weeks", "range",
                    "Between " + AttentionRules.MIN_WEEKS + " and " + AttentionRules.MAX_WEEKS + "."));
        }
        return AttentionList.requireCoordinator(access).then(Mono.defer(() -> settings.save(new AttentionSettings(
                        access.soleTenant().orElseThrow(), access.organization(), weeks, Instant.now(clock)))))
                .doOnNext(saved -> log.info("Organisation {} in tenant {} warns after {} weeks", saved.organization(),
                        saved.tenant(), saved.weeks()));
    }
}
