package nl.onderop.directory.service.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.OutboxMessage;

/**
 * The steps every change of a service shares: find it as the caller may see it (404 otherwise), check that
 * the caller may change it (403), store it only if nobody changed it meanwhile (409), then refresh the
 * public catalogue of this instance at once.
 */
@Component
public class ServiceWrites {

    private static final Logger log = LoggerFactory.getLogger(ServiceWrites.class);

    private final ServiceRepository services;
    private final PublicServiceCatalog catalog;

    public ServiceWrites(ServiceRepository services, PublicServiceCatalog catalog) {
        this.services = services;
        this.catalog = catalog;
    }

    public Mono<ServiceEntry> visible(DirectoryAccess access, String id) {
        return services.findById(id)
                .filter(entry -> access.maySeeEntryOf(entry.tenant(), entry.organizationSlug(), entry.isPublished()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Service " + id)));
    }

    public Mono<ServiceEntry> editable(DirectoryAccess access, String id) {
        return visible(access, id).flatMap(entry -> access.mayEditEntryOf(entry.tenant(), entry.organizationSlug())
                ? Mono.just(entry)
                : Mono.error(ApiProblem.forbidden("Only the organisation itself and its municipality edit this service.")));
    }

    public Mono<ServiceEntry> insert(ServiceEntry entry, List<OutboxMessage> events) {
        return services.insert(entry, events).flatMap(this::intoCatalog);
    }

    public Mono<ServiceEntry> store(ServiceEntry changed, long expectedVersion, List<OutboxMessage> events, String what) {
        return services.update(changed, expectedVersion, events)
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict(
                        "The service was changed by someone else meanwhile; read it again and retry.")))
                .flatMap(this::intoCatalog)
                .doOnNext(saved -> log.info("Service {} {} in tenant {} (version {})", saved.id(), what, saved.tenant(),
                        saved.version()));
    }

    /** Indexing waits for Lucene's refresh: off the event loop. */
    private Mono<ServiceEntry> intoCatalog(ServiceEntry saved) {
        return Mono.fromRunnable(() -> catalog.accept(saved)).subscribeOn(Schedulers.boundedElastic()).thenReturn(saved);
    }

    /** 412 for a stale If-Match, 409 for a stale version in the body; nothing when no version was given. */
    public static Mono<ServiceEntry> requireVersion(ServiceEntry entry, ExpectedVersion expected) {
        if (expected.version() == null || expected.version() == entry.version()) {
            return Mono.just(entry);
        }
        String detail = "You edited version " + expected.version() + "; the service is at version " + entry.version()
                + ". Read it again and retry.";
        return Mono.error(expected.precondition() ? ApiProblem.preconditionFailed(detail) : ApiProblem.conflict(detail));
    }
}
