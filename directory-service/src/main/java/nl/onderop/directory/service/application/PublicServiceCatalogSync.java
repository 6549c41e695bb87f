package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.directory.organization.application.OrganizationRepository;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.platform.scheduling.PeriodicJob;

/**
 * Fills the public catalogue from the store before the instance takes traffic, then polls for changes
 * made by other instances. The poll looks back a little further than its own interval, so that a write
 * stamped by a slightly slower clock is not missed; taking an entry in twice is harmless.
 */
@Component
public class PublicServiceCatalogSync extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(PublicServiceCatalogSync.class);
    private static final Duration LOOK_BACK = Duration.ofSeconds(10);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final ServiceRepository services;
    private final OrganizationRepository organizations;
    private final PublicServiceCatalog catalog;
    private final Clock clock;
    private volatile Instant lastPoll;

    public PublicServiceCatalogSync(ServiceRepository services, OrganizationRepository organizations,
                                    PublicServiceCatalog catalog, Clock clock,
                                    @Value("${onderop.directory.catalog-sync-interval:PT5S}") Duration interval) {
        super("Catalogue poll", interval, interval);
        this.services = services;
        this.organizations = organizations;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Loads everything once; waits on the start-up thread (not an event loop) so that searches are complete. */
    public void reload() {
        Instant started = Instant.now(clock);
        try {
            Map<String, String> names = organizations.findPublished()
                    .collect(Collectors.toMap(Organization::id, Organization::name))
                    .toFuture().get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            var entries = services.findPublished().collectList()
                    .toFuture().get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            catalog.replaceAll(entries, names);
            lastPoll = started;
            log.info("Public catalogue loaded: {} published services", catalog.size());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the public catalogue", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Could not load the public catalogue", failed);
        }
    }

    /** The full load happens before the first poll, on the start-up thread. */
    @Override
    public void start() {
        reload();
        super.start();
    }

    @Override
    protected Mono<?> runOnce() {
        return pollChanges();
    }

    Mono<Long> pollChanges() {
        Instant started = Instant.now(clock);
        Instant since = lastPoll.minus(LOOK_BACK);
        return organizations.findUpdatedSince(since)
                .doOnNext(organization -> catalog.rememberOrganizationName(organization.id(), organization.name()))
                .thenMany(services.findUpdatedSince(since))
                .collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(changed -> {
                    catalog.acceptAll(changed);
                    return (long) changed.size();
                })
                .doOnSuccess(count -> lastPoll = started);
    }



}
