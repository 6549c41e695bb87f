package nl.onderop.platform.events;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which collections carry an outbox and where their events go.
 *
 * @param enabled      relay on (ONDEROP_OUTBOX_RELAY_ENABLED); switched off only to simulate a crash in tests
 * @param pollInterval how often the relay looks for pending events
 * @param batchSize    documents taken per collection and poll
 * @param sources      collection name and destination (topic) pairs
 */
@ConfigurationProperties("onderop.outbox")
public record OutboxProperties(Boolean enabled, Duration pollInterval, Integer batchSize, List<Source> sources) {

    public OutboxProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public record Source(String collection, String destination) {
    }
}
