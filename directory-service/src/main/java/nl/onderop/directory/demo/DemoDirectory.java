package nl.onderop.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.onderop.directory.organization.adapter.web.RegisterOrganizationRequest;
import nl.onderop.directory.organization.application.RegisterOrganization;
import nl.onderop.directory.organization.application.RegisterOrganizationCommand;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.PublicationStatus;
import nl.onderop.directory.service.adapter.web.ServiceRequest;
import nl.onderop.directory.service.adapter.web.ServiceRequestMapping;
import nl.onderop.directory.service.application.ChangeServicePublication;
import nl.onderop.directory.service.application.CreateService;
import nl.onderop.directory.service.application.ServiceWrites;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;

/**
 * Demo content for Haarlem, Leiden and Delft from {@code demo/directory-demo.json}: the organisations of
 * the field report's contributor list with invented services (marked "[demo]"). Everything goes through the
 * normal use cases, so the events reach the other services like any other; stable ids make a second start
 * skip what is already there. Verification dates are set relative to today, so that some entries are stale.
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    static final String FILE = "demo/directory-demo.json";

    private final RegisterOrganization registerOrganization;
    private final CreateService createService;
    private final ChangeServicePublication publication;
    private final ServiceWrites writes;
    private final CloudEventFactory events;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    DemoDirectory(RegisterOrganization registerOrganization, CreateService createService,
                  ChangeServicePublication publication, ServiceWrites writes, CloudEventFactory events,
                  JsonMapper jsonMapper, Clock clock) {
        this.registerOrganization = registerOrganization;
        this.createService = createService;
        this.publication = publication;
        this.writes = writes;
        this.events = events;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    static String stableId(String... parts) {
        return UUID.nameUUIDFromBytes(("onderop-demo:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The organisation ids match those of earlier releases, which named organisations by tenant and slug only. */
    static String organizationId(String tenant, String slug) {
        return stableId(tenant, slug);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<JsonNode> organizations = load();
        long[] added = Flux.fromIterable(organizations)
                .concatMap(this::seedOrganization)
                .reduce(new long[2], (sum, counts) -> new long[] {sum[0] + counts[0], sum[1] + counts[1]})
                .toFuture()
                .get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
        log.info("Demo data: {} organisations and {} services added ({} organisations in the file)", added[0], added[1],
                organizations.size());
    }

    private List<JsonNode> load() throws IOException {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            JsonNode root = jsonMapper.readTree(in);
            return List.copyOf(root.get("organizations").valueStream().toList());
        }
    }

    private Mono<long[]> seedOrganization(JsonNode node) {
        ObjectNode organization = ((ObjectNode) node).deepCopy();
        JsonNode services = organization.remove("services");
        RegisterOrganizationRequest request = jsonMapper.treeToValue(organization, RegisterOrganizationRequest.class);
        DirectoryAccess seeder = new DirectoryAccess(Set.of("platform-admin", "municipality-coordinator"),
                Set.of(request.tenant()), null);
        String id = organizationId(request.tenant(), request.slug());
        Mono<Long> registered = registerOrganization.register(seeder,
                        new RegisterOrganizationCommand(request.tenant(), request.slug(), request.profile(),
                                PublicationStatus.PUBLISHED), id)
                .thenReturn(1L)
                .onErrorResume(ApiProblem.class, alreadyThere -> Mono.just(0L));
        return registered.flatMap(organizationsAdded -> Flux.fromIterable(services.valueStream().toList())
                .concatMap(service -> seedService(seeder, request.tenant(), request.slug(), id, (ObjectNode) service))
                .reduce(0L, Long::sum)
                .map(servicesAdded -> new long[] {organizationsAdded, servicesAdded}));
    }

    private Mono<Long> seedService(DirectoryAccess seeder, String tenant, String organizationSlug, String organizationId,
                                   ObjectNode node) {
        ObjectNode service = node.deepCopy();
        String slug = service.remove("slug").asString();
        JsonNode daysAgo = service.remove("verifiedDaysAgo");
        ServiceRequest request = jsonMapper.treeToValue(service, ServiceRequest.class);
        String id = stableId(tenant, organizationSlug, slug);
        return createService.create(seeder, organizationId, ServiceRequestMapping.content(request), id)
                .flatMap(created -> publication.change(seeder, created.id(), PublicationStatus.PUBLISHED))
                .flatMap(published -> daysAgo == null || daysAgo.isNull()
                        ? Mono.just(published)
                        : verifiedDaysAgo(published, daysAgo.asInt()))
                .thenReturn(1L)
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.just(0L));
    }

    private Mono<ServiceEntry> verifiedDaysAgo(ServiceEntry entry, int days) {
        Instant now = Instant.now(clock);
        LocalDate on = LocalDate.ofInstant(now, ServiceEntry.DIRECTORY_ZONE).minusDays(days);
        ServiceEntry verified = entry.verified(on, "municipality:" + entry.tenant(), now);
        return writes.store(verified, entry.version(), List.of(events.outboxMessage(ServiceEvents.VERIFIED,
                verified.tenant(), verified.id(), ServiceEvents.verified(verified))), "verified (demo)");
    }
}
