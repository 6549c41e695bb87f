package nl.onderop.platform.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.DeadLetterWatch;
import nl.onderop.platform.events.IdempotentEventConsumer;
import nl.onderop.platform.events.OutboxProperties;
import nl.onderop.platform.events.OutboxRelay;

/** The one way to publish events (outbox + relay) and the one way to consume them (idempotent consumer). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration"})
@ConditionalOnClass({ReactiveMongoTemplate.class, StreamBridge.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock platformClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    CloudEventFactory cloudEventFactory(@Value("${onderop.events.source:/onderop/${spring.application.name}}") String source,
                                        JsonMapper jsonMapper, Clock clock) {
        return new CloudEventFactory(source, jsonMapper, clock);
    }

    @Bean
    OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, StreamBridge streamBridge, OutboxProperties properties,
                            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, streamBridge, properties, meters.getIfUnique(() -> Metrics.globalRegistry));
    }

    @Bean
    IdempotentEventConsumer idempotentEventConsumer(ReactiveMongoTemplate mongo, CloudEventFactory events,
                                                    @Value("${onderop.events.handler-timeout:PT30S}") Duration timeout,
                                                    @Value("${spring.cloud.stream.default.consumer.max-attempts:3}") int maxAttempts,
                                                    ObjectProvider<MeterRegistry> meters, ObjectProvider<AuditLog> audit) {
        return new IdempotentEventConsumer(mongo, events, timeout, new DeadLetterWatch(maxAttempts,
                meters.getIfUnique(() -> Metrics.globalRegistry), audit.getIfAvailable(AuditLog::new)));
    }
}
