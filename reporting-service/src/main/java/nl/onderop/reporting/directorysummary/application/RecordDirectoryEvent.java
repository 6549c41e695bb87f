package nl.onderop.reporting.directorysummary.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.CloudEvent;
import nl.onderop.platform.events.InvalidCloudEventException;
import nl.onderop.reporting.directorysummary.domain.OrganizationFact;

/** Keeps the organisation facts current from the directory's events; other event types are not its business. */
@Service
public class RecordDirectoryEvent {

    public static final String ORGANIZATION_REGISTERED = "nl.onderop.directory.organization.registered.v1";
    private static final Logger log = LoggerFactory.getLogger(RecordDirectoryEvent.class);

    private final OrganizationFacts facts;

    public RecordDirectoryEvent(OrganizationFacts facts) {
        this.facts = facts;
    }

    public Mono<Void> record(CloudEvent event) {
        if (!ORGANIZATION_REGISTERED.equals(event.type())) {
            return Mono.empty();
        }
        String organizationId = event.dataString("organizationId");
        String type = event.dataString("type");
        if (organizationId == null || type == null) {
            return Mono.error(new InvalidCloudEventException("organization.registered without organizationId or type"));
        }
        return facts.upsert(new OrganizationFact(organizationId, event.tenant(), type))
                .doOnSuccess(done -> log.info("Counted organisation {} of type {} in tenant {}", organizationId, type, event.tenant()));
    }
}
