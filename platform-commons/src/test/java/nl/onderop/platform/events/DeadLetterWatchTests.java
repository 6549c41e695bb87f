package nl.onderop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import nl.onderop.platform.audit.AuditLog;

class DeadLetterWatchTests {

    private static final CloudEvent ERASURE = new CloudEvent("1.0", "e1", "/onderop/volunteer-service",
            "nl.onderop.volunteers.person.erasure-requested.v1", "vol-42", Instant.parse("2026-12-08T00:00:00Z"), "delft",
            CloudEvent.CONTENT_TYPE, Map.of("volunteerId", "vol-42", "account", "kc-123"));

    private static Message<byte[]> attempt(int n) {
        return MessageBuilder.withPayload(new byte[0])
                .setHeader(IntegrationMessageHeaderAccessor.DELIVERY_ATTEMPT, new AtomicInteger(n)).build();
    }

    @Test
    void theLastFailedAttemptOfAnErasureIsCountedAndAuditedEarlierOnesAreNot() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Logger auditLogger = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        auditLogger.addAppender(lines);
        try {
            DeadLetterWatch watch = new DeadLetterWatch(3, meters, new AuditLog());
            watch.failed("matching-candidates", attempt(1), ERASURE);
            watch.failed("matching-candidates", attempt(2), ERASURE);
            assertThat(meters.find("onderop.events.dead_lettered").counter()).isNull();
            assertThat(lines.list).isEmpty();

            watch.failed("matching-candidates", attempt(3), ERASURE);
            assertThat(meters.get("onderop.events.dead_lettered").tag("consumer", "matching-candidates")
                    .tag("type", ERASURE.type()).counter().count()).isEqualTo(1.0);
            assertThat(lines.list).hasSize(1);
            assertThat(lines.list.get(0).getFormattedMessage()).contains("action=person.erasure", "outcome=FAILED",
                    "actor=system", "tenant=delft", "object=event-subject:vol-42").doesNotContain("kc-123");
        } finally {
            auditLogger.detachAppender(lines);
        }
    }

    @Test
    void otherEventsAreCountedButNotAudited() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CloudEvent other = new CloudEvent("1.0", "e2", "/x", "nl.onderop.volunteers.volunteer.activated.v1", "vol-1",
                Instant.now(), "delft", CloudEvent.CONTENT_TYPE, Map.of());
        new DeadLetterWatch(3, meters, new AuditLog()).failed("c", attempt(3), other);
        assertThat(meters.get("onderop.events.dead_lettered").counter().count()).isEqualTo(1.0);
        assertThat(DeadLetterWatch.isErasure(other.type())).isFalse();
        assertThat(DeadLetterWatch.isErasure("nl.onderop.matching.newcomer.erased.v1")).isTrue();
    }
}
