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
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * Replaces what a service says about itself; a published one announces the change. The municipality's
 * verification holds only for what it verified: a change of content by anyone but the municipality coordinator
 * of the service's tenant sends a verified service back to "to verify" (no assured date, no assurer); an
 * edit that says the same keeps it.
 */
@Component
public class UpdateService {

    /** Audit action: an edit took a service's verification away. */
    public static final String VERIFICATION_RESET = "service.verification.reset";

    private final ServiceWrites writes;
    private final ServiceContentRules rules;
    private final CloudEventFactory events;
    private final AuditLog audit;
    private final Clock clock;

    public UpdateService(ServiceWrites writes, ServiceContentRules rules, CloudEventFactory events, AuditLog audit,
                         Clock clock) {
        this.writes = writes;
        this.rules = rules;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<ServiceEntry> update(DirectoryAccess access, PlatformPrincipal caller, String id,
                                     ExpectedVersion expectedVersion, ServiceContent content) {
        return writes.editable(access, id)
                .flatMap(entry -> ServiceWrites.requireVersion(entry, expectedVersion))
                .flatMap(entry -> {
                    rules.check(content);
                    ServiceEntry changed = entry.withContent(content, Instant.now(clock));
                    boolean unverifies = entry.isVerified() && !access.mayVerifyIn(entry.tenant())
                            && !entry.content().saysTheSameAs(content);
                    if (unverifies) {
                        changed = changed.withoutVerification();
                    }
                    List<OutboxMessage> announced = changed.isPublished()
                            ? List.of(events.outboxMessage(ServiceEvents.UPDATED, changed.tenant(), changed.id(),
                                    ServiceEvents.summary(changed)))
                            : List.of();
                    Mono<ServiceEntry> stored = writes.store(changed, entry.version(), announced, "updated");
                    return unverifies
                            ? stored.flatMap(saved -> audit.record(AuditEntry.of(VERIFICATION_RESET, caller,
                                    saved.tenant(), "service", saved.id(), AuditOutcome.SUCCESS)).thenReturn(saved))
                            : stored;
                });
    }
}
