package nl.onderop.directory.service.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceEvents;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * The municipality confirms that an entry is still right (HSDS assured date); its freshness starts again.
 * Every verification goes on the audit trail.
 */
@Component
public class VerifyService {

    /** Audit action: the municipality verified a service. */
    public static final String VERIFY = "service.verify";

    private final ServiceWrites writes;
    private final CloudEventFactory events;
    private final AuditLog audit;
    private final Clock clock;

    public VerifyService(ServiceWrites writes, CloudEventFactory events, AuditLog audit, Clock clock) {
        this.writes = writes;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<ServiceEntry> verify(DirectoryAccess access, PlatformPrincipal caller, String id) {
        return writes.visible(access, id).flatMap(entry -> {
            if (!access.mayVerifyIn(entry.tenant())) {
                return Mono.error(ApiProblem.forbidden("Only the municipality coordinator of this tenant verifies entries."));
            }
            Instant now = Instant.now(clock);
            ServiceEntry verified = entry.verified(LocalDate.ofInstant(now, ServiceEntry.DIRECTORY_ZONE),
                    "municipality:" + entry.tenant(), now);
            return writes.store(verified, entry.version(), List.of(events.outboxMessage(ServiceEvents.VERIFIED,
                    verified.tenant(), verified.id(), ServiceEvents.verified(verified))), "verified")
                    .flatMap(saved -> audit.record(AuditEntry.of(VERIFY, caller, saved.tenant(), "service", saved.id(),
                            AuditOutcome.SUCCESS)).thenReturn(saved));
        });
    }
}
