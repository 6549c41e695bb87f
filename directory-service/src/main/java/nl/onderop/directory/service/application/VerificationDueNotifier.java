package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.directory.service.domain.VerificationPeriod;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.scheduling.PeriodicJob;
import nl.onderop.platform.web.TenantRegistry;

/**
 * Announces {@value ServiceEvents#VERIFICATION_DUE} once for every overdue period of a published service.
 * The scan may run often and on every instance: the store records which period was announced, in the same
 * write as the event, and only the first writer of a period succeeds.
 */
@Component
public class VerificationDueNotifier extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(VerificationDueNotifier.class);

    private final ServiceRepository services;
    private final VerificationPeriods periods;
    private final TenantRegistry tenants;
    private final CloudEventFactory events;
    private final Clock clock;

    public VerificationDueNotifier(ServiceRepository services, VerificationPeriods periods, TenantRegistry tenants,
                                   CloudEventFactory events, Clock clock,
                                   @Value("${onderop.directory.verification.scan-interval:PT1H}") Duration interval) {
        super("Verification scan", Duration.ofSeconds(30), interval);
        this.services = services;
        this.periods = periods;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected Mono<?> runOnce() {
        return scanOnce();
    }

    /** One pass over every tenant; emits how many notices were recorded. */
    public Mono<Long> scanOnce() {
        LocalDate today = LocalDate.now(clock.withZone(ServiceEntry.DIRECTORY_ZONE));
        return Flux.fromIterable(tenants.tenants())
                .concatMap(tenant -> {
                    VerificationPeriod period = periods.of(tenant);
                    // read the candidates to the end before writing: an update while the cursor is open can
                    // stall the dev stack's MongoDB-wire server (and holds a cursor open for nothing anywhere)
                    return services.findPublishedConfirmedOnOrBefore(tenant, today.minus(period.length()))
                            .collectList()
                            .flatMapMany(Flux::fromIterable)
                            .concatMap(entry -> announce(entry, period, today));
                })
                .filter(Boolean::booleanValue)
                .count()
                .doOnNext(count -> {
                    if (count > 0) {
                        log.info("Announced {} services whose verification is due", count);
                    }
                });
    }

    private Mono<Boolean> announce(ServiceEntry entry, VerificationPeriod period, LocalDate today) {
        int overdue = period.periodsOverdue(entry, today);
        if (overdue <= entry.verificationDueNotices()) {
            return Mono.just(false);
        }
        return services.recordVerificationDue(entry, overdue, events.outboxMessage(ServiceEvents.VERIFICATION_DUE,
                entry.tenant(), entry.id(), ServiceEvents.verificationDue(entry, period, overdue)));
    }



}
