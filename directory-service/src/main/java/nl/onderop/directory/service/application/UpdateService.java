package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;

/** Replaces what a service says about itself; a published one announces the change. */
@Component
public class UpdateService {

    private final ServiceWrites writes;
    private final ServiceContentRules rules;
    private final CloudEventFactory events;
    private final Clock clock;

    public UpdateService(ServiceWrites writes, ServiceContentRules rules, CloudEventFactory events, Clock clock) {
        this.writes = writes;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public Mono<ServiceEntry> update(DirectoryAccess access, String id, ExpectedVersion expectedVersion,
                                     ServiceContent content) {
        return writes.editable(access, id)
                .flatMap(entry -> ServiceWrites.requireVersion(entry, expectedVersion))
                .flatMap(entry -> {
                    rules.check(content);
                    ServiceEntry changed = entry.withContent(content, Instant.now(clock));
                    List<OutboxMessage> announced = changed.isPublished()
                            ? List.of(events.outboxMessage(ServiceEvents.UPDATED, changed.tenant(), changed.id(),
                                    ServiceEvents.summary(changed)))
                            : List.of();
                    return writes.store(changed, entry.version(), announced, "updated");
                });
    }
}
