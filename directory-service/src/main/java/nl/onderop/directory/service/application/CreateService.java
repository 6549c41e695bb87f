package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.FindOrganizations;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.platform.errors.ApiProblem;

/** Adds a service to an organisation, as a draft that only the tenant sees until it is published. */
@Component
public class CreateService {

    private final FindOrganizations organizations;
    private final ServiceContentRules rules;
    private final ServiceWrites writes;
    private final Clock clock;

    public CreateService(FindOrganizations organizations, ServiceContentRules rules, ServiceWrites writes, Clock clock) {
        this.organizations = organizations;
        this.rules = rules;
        this.writes = writes;
        this.clock = clock;
    }

    public Mono<ServiceEntry> create(DirectoryAccess access, String organizationId, ServiceContent content) {
        return create(access, organizationId, content, UUID.randomUUID().toString());
    }

    /** With a caller-chosen id: the demo data uses stable ids so that re-seeding is idempotent. */
    public Mono<ServiceEntry> create(DirectoryAccess access, String organizationId, ServiceContent content, String id) {
        return organizations.byId(access, organizationId)
                .flatMap(organization -> {
                    if (!access.mayEditEntryOf(organization.tenant(), organization.slug())) {
                        return Mono.error(ApiProblem.forbidden(
                                "Only the organisation itself and its municipality add services to it."));
                    }
                    rules.check(content);
                    Instant now = Instant.now(clock);
                    ServiceEntry entry = new ServiceEntry(id, organization.tenant(), organization.id(), organization.slug(),
                            content, PublicationStatus.DRAFT, null, null, 0, 1, now, now);
                    return writes.insert(entry, List.of());
                });
    }
}
