package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.directory.organization.application.OrganizationRepository;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;

/**
 * Puts many services on the map at once, each in its final state (published, verified on a given day) in
 * one write with the events a step-by-step history would have produced, and refreshes the public catalogue
 * once at the end. For trusted callers only (the demo loader); it has no web endpoint and checks no caller.
 * The content rules hold as for any other service. An id that is already stored is skipped.
 */
@Component
public class ImportServices {

    private static final Logger log = LoggerFactory.getLogger(ImportServices.class);

    public record Item(String id, String organizationId, ServiceContent content, boolean published,
                       LocalDate assuredDate) {
    }

    private final ServiceRepository services;
    private final OrganizationRepository organizations;
    private final ServiceContentRules rules;
    private final PublicServiceCatalog catalog;
    private final CloudEventFactory events;
    private final Clock clock;

    public ImportServices(ServiceRepository services, OrganizationRepository organizations, ServiceContentRules rules,
                          PublicServiceCatalog catalog, CloudEventFactory events, Clock clock) {
        this.services = services;
        this.organizations = organizations;
        this.rules = rules;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** Emits how many services were added. */
    public Mono<Long> importAll(List<Item> items) {
        List<ServiceEntry> added = new ArrayList<>();
        return Flux.fromIterable(items)
                .concatMap(item -> importOne(item).doOnNext(added::add))
                .then(Mono.fromCallable(() -> {
                    catalog.acceptAll(added);
                    log.info("Imported {} services ({} already there)", added.size(), items.size() - added.size());
                    return (long) added.size();
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    private Mono<ServiceEntry> importOne(Item item) {
        return organizations.findById(item.organizationId())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Organisation " + item.organizationId())))
                .flatMap(organization -> {
                    rules.check(item.content());
                    if (item.published() && !organization.isPublished()) {
                        return Mono.error(ApiProblem.conflict("Publish the organisation before its services."));
                    }
                    Instant now = Instant.now(clock);
                    ServiceEntry entry = new ServiceEntry(item.id(), organization.tenant(), organization.id(),
                            organization.slug(), item.content(),
                            item.published() ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT,
                            item.assuredDate(), item.assuredDate() == null ? null : "municipality:" + organization.tenant(),
                            0, 1, now, now);
                    return services.insert(entry, history(entry))
                            .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty());
                });
    }

    private List<OutboxMessage> history(ServiceEntry entry) {
        List<OutboxMessage> history = new ArrayList<>();
        if (entry.isPublished()) {
            history.add(events.outboxMessage(ServiceEvents.PUBLISHED, entry.tenant(), entry.id(), ServiceEvents.summary(entry)));
        }
        if (entry.assuredDate() != null) {
            history.add(events.outboxMessage(ServiceEvents.VERIFIED, entry.tenant(), entry.id(), ServiceEvents.verified(entry)));
        }
        return history;
    }
}
