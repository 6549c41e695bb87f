package nl.onderop.matching.referral.application;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.referral.domain.ListedOrganization;
import nl.onderop.matching.referral.domain.ListedService;
import nl.onderop.platform.events.CloudEvent;
import nl.onderop.platform.events.InvalidCloudEventException;

/**
 * Keeps the directory read model current. Every service event carries the service's whole summary, so the
 * newest version wins; organisation events give the slug for an organisation id (service events from before the
 * slug was added to them name the organisation by id only). Other directory events are ignored.
 */
@Component
public class RecordDirectoryEvent {

    private static final Logger log = LoggerFactory.getLogger(RecordDirectoryEvent.class);
    static final String SERVICE_PREFIX = "nl.onderop.directory.service.";
    static final String ORGANIZATION_PREFIX = "nl.onderop.directory.organization.";

    private final DirectoryListings listings;

    public RecordDirectoryEvent(DirectoryListings listings) {
        this.listings = listings;
    }

    public Mono<Void> record(CloudEvent event) {
        String type = event.type();
        if (type.startsWith(SERVICE_PREFIX) && event.data().containsKey("serviceId")) {
            ListedService service = service(event);
            return listings.saveServiceIfNewer(service)
                    .doOnNext(stored -> log.debug("Directory service {} of tenant {} {}", service.serviceId(),
                            service.tenant(), stored ? "recorded" : "already newer"))
                    .then();
        }
        if (type.startsWith(ORGANIZATION_PREFIX) && event.data().containsKey("slug")) {
            return listings.saveOrganization(new ListedOrganization(required(event, "organizationId"), event.tenant(),
                    required(event, "slug")));
        }
        return Mono.empty();
    }

    static ListedService service(CloudEvent event) {
        Map<String, Object> data = event.data();
        long version = data.get("version") instanceof Number number ? number.longValue() : 0;
        return new ListedService(required(event, "serviceId"), event.tenant(), required(event, "organizationId"),
                event.dataString("organizationSlug"), event.dataString("name"),
                "published".equals(event.dataString("publication")), event.dataString("status"), version);
    }

    private static String required(CloudEvent event, String key) {
        String value = event.dataString(key);
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException(event.type() + " without " + key);
        }
        return value;
    }
}
