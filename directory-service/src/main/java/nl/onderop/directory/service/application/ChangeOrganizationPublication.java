package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.UpdateOrganization;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * Publishes or withdraws an organisation. Withdrawing it withdraws its published services too, each with its
 * own event: the public may not meet services of a provider it can no longer see. Publishing it again leaves
 * its services withdrawn until their editors publish them.
 */
@Component
public class ChangeOrganizationPublication {

    private final UpdateOrganization organizations;
    private final ServiceRepository services;
    private final ServiceWrites writes;
    private final CloudEventFactory events;
    private final Clock clock;

    public ChangeOrganizationPublication(UpdateOrganization organizations, ServiceRepository services,
                                         ServiceWrites writes, CloudEventFactory events, Clock clock) {
        this.organizations = organizations;
        this.services = services;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Organization> change(DirectoryAccess access, String id, PublicationStatus target) {
        Mono<Organization> changed = organizations.changeStatus(access, id, target);
        if (target != PublicationStatus.WITHDRAWN) {
            return changed;
        }
        // the services are read to the end before the first is written (no update while a cursor is open)
        return changed.flatMap(organization -> services.findByOrganization(organization.id())
                .filter(ServiceEntry::isPublished)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::withdraw)
                .then(Mono.just(organization)));
    }

    private Mono<ServiceEntry> withdraw(ServiceEntry entry) {
        ServiceEntry withdrawn = entry.withPublication(PublicationStatus.WITHDRAWN, Instant.now(clock));
        return writes.store(withdrawn, entry.version(), List.of(events.outboxMessage(ServiceEvents.WITHDRAWN,
                withdrawn.tenant(), withdrawn.id(), ServiceEvents.summary(withdrawn))), "withdrawn with its organisation");
    }
}
