package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.FindOrganizations;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * Publishes a service (everyone may read it from then on) or withdraws it (back inside the tenant). A
 * service is published only under a published organisation: the public may not meet an unknown provider.
 */
@Component
public class ChangeServicePublication {

    private final ServiceWrites writes;
    private final FindOrganizations organizations;
    private final CloudEventFactory events;
    private final Clock clock;

    public ChangeServicePublication(ServiceWrites writes, FindOrganizations organizations, CloudEventFactory events,
                                    Clock clock) {
        this.writes = writes;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public Mono<ServiceEntry> change(DirectoryAccess access, String id, PublicationStatus target) {
        if (target == PublicationStatus.DRAFT) {
            return Mono.error(ApiProblem.invalid("status", "enum", "One of published, withdrawn."));
        }
        return writes.editable(access, id).flatMap(entry -> {
            if (entry.publication() == target) {
                return Mono.just(entry);
            }
            Mono<ServiceEntry> allowed = target == PublicationStatus.PUBLISHED
                    ? organizations.byId(access, entry.organizationId())
                            .filter(organization -> organization.isPublished())
                            .map(organization -> entry)
                            .switchIfEmpty(Mono.error(() -> ApiProblem.conflict(
                                    "Publish the organisation before its services.")))
                    : Mono.just(entry);
            return allowed.flatMap(current -> {
                ServiceEntry changed = current.withPublication(target, Instant.now(clock));
                String type = target == PublicationStatus.PUBLISHED ? ServiceEvents.PUBLISHED : ServiceEvents.WITHDRAWN;
                return writes.store(changed, current.version(),
                        List.of(events.outboxMessage(type, changed.tenant(), changed.id(), ServiceEvents.summary(changed))),
                        target == PublicationStatus.PUBLISHED ? "published" : "withdrawn");
            });
        });
    }
}
