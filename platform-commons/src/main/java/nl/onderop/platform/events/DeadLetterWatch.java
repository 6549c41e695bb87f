package nl.onderop.platform.events;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.messaging.Message;

import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;

/**
 * Notices the last failed delivery of an event, the one after which the binder moves it to the dead-letter topic:
 * counts it ({@code onderop.events.dead_lettered{consumer,type}}, to alert on) and, for an erasure (a person's
 * data that is still somewhere), writes a FAILED audit line with the event's subject, never its data.
 */
public final class DeadLetterWatch {

    private final int maxAttempts;
    private final MeterRegistry meters;
    private final AuditLog audit;

    public DeadLetterWatch(int maxAttempts, MeterRegistry meters, AuditLog audit) {
        this.maxAttempts = maxAttempts;
        this.meters = meters;
        this.audit = audit;
    }

    /** Called when handling failed; does nothing before the last attempt. */
    void failed(String consumer, Message<?> message, CloudEvent event) {
        if (attempt(message) < maxAttempts) {
            return;
        }
        Counter.builder("onderop.events.dead_lettered")
                .description("Events that failed every attempt and went to the dead-letter topic")
                .tag("consumer", consumer).tag("type", event.type() == null ? "unknown" : event.type())
                .register(meters).increment();
        if (isErasure(event.type())) {
            audit.recordNow(AuditEntry.bySystem("person.erasure", event.tenant(), "event-subject",
                    String.valueOf(event.subject()), AuditOutcome.FAILED));
        }
    }

    static boolean isErasure(String type) {
        return type != null && (type.contains(".erasure-requested.") || type.endsWith(".erased.v1"));
    }

    private static int attempt(Message<?> message) {
        Object attempt = message.getHeaders().get(IntegrationMessageHeaderAccessor.DELIVERY_ATTEMPT);
        if (attempt instanceof AtomicInteger counter) {
            return counter.get();
        }
        return attempt instanceof Number number ? number.intValue() : maxAttemptsUnknown();
    }

    /** Without the header (a direct call, not through the binder) every failure counts as the last. */
    private static int maxAttemptsUnknown() {
        return Integer.MAX_VALUE;
    }
}
