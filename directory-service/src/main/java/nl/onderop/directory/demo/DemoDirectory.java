package nl.onderop.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.onderop.directory.service.application.ImportServices;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.platform.errors.ApiProblem;

/**
 * Demo content for Haarlem, Leiden and Delft from {@code demo/directory-demo.json}: the organisations of
 * the field report's contributor list with invented services (marked "[demo]"). Everything goes through the
 * use cases (organisations registered one by one, services imported in one go with the events of their
 * history), so the events reach the other services like any other; stable ids make a second start skip what
 * is already there. Verification dates are set relative to today, so that some entries are stale.
 */
@Component
@ConditionalOnProperty(name = "onderop.demo-data.enabled", havingValue = "true")
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    static final String FILE = "demo/directory-demo.json";

    private final RegisterOrganization registerOrganization;
    private final ImportServices importServices;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    DemoDirectory(RegisterOrganization registerOrganization, ImportServices importServices, JsonMapper jsonMapper,
                  Clock clock) {
        this.registerOrganization = registerOrganization;
        this.importServices = importServices;
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
        List<ImportServices.Item> services = new ArrayList<>();
        Long organizationsAdded = Flux.fromIterable(organizations)
                .concatMap(organization -> seedOrganization(organization, services))
                .reduce(0L, Long::sum)
                .flatMap(added -> importServices.importAll(services).map(servicesAdded -> {
                    log.info("Demo data: {} organisations and {} services added ({} organisations, {} services in the file)",
                            added, servicesAdded, organizations.size(), services.size());
                    return added;
                }))
                .toFuture()
                .get(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS);
        log.debug("Demo organisations added: {}", organizationsAdded);
    }

    private List<JsonNode> load() throws IOException {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            JsonNode root = jsonMapper.readTree(in);
            return List.copyOf(root.get("organizations").valueStream().toList());
        }
    }

    /** Registers (and publishes) the organisation; collects its services for one import. */
    private Mono<Long> seedOrganization(JsonNode node, List<ImportServices.Item> services) {
        ObjectNode organization = ((ObjectNode) node).deepCopy();
        JsonNode serviceNodes = organization.remove("services");
        RegisterOrganizationRequest request = jsonMapper.treeToValue(organization, RegisterOrganizationRequest.class);
        DirectoryAccess seeder = new DirectoryAccess(Set.of("platform-admin"), Set.of(request.tenant()), null);
        String id = organizationId(request.tenant(), request.slug());
        LocalDate today = LocalDate.now(clock.withZone(ServiceEntry.DIRECTORY_ZONE));
        for (JsonNode serviceNode : serviceNodes.valueStream().toList()) {
            ObjectNode service = ((ObjectNode) serviceNode).deepCopy();
            String slug = service.remove("slug").asString();
            JsonNode daysAgo = service.remove("verifiedDaysAgo");
            ServiceRequest content = jsonMapper.treeToValue(service, ServiceRequest.class);
            services.add(new ImportServices.Item(stableId(request.tenant(), request.slug(), slug), id,
                    ServiceRequestMapping.content(content), true,
                    daysAgo == null || daysAgo.isNull() ? null : today.minusDays(daysAgo.asInt())));
        }
        return registerOrganization.register(seeder,
                        new RegisterOrganizationCommand(request.tenant(), request.slug(), request.profile(),
                                PublicationStatus.PUBLISHED), id)
                .thenReturn(1L)
                .onErrorResume(ApiProblem.class, alreadyThere -> Mono.just(0L));
    }
}
