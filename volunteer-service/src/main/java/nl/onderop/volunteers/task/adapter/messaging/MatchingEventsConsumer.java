package nl.onderop.volunteers.task.adapter.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.CloudEvent;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.IdempotentEventConsumer;
import nl.onderop.volunteers.task.application.HelpRequestTasks;

/**
 * Binding {@code matchingEvents-in-0} on topic {@code onderop.matching.events}: the matching service's help
 * request splits become small tasks, a closed request cancels its open ones. Every other event type on the
 * topic is skipped without a trace in the store. Failures retry, then dead-letter; each event is handled once
 * (deduplicated on its id), and the task ids derived from the pieces' keys make a repeated split harmless too.
 */
@Configuration(proxyBeanMethods = false)
class MatchingEventsConsumer {

    static final String CONSUMER = "help-request-tasks";
    static final String SPLIT = "nl.onderop.matching.help-request.split.v1";
    static final String CLOSED = "nl.onderop.matching.help-request.closed.v1";
    private static final Logger log = LoggerFactory.getLogger(MatchingEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> matchingEvents(IdempotentEventConsumer consumer, CloudEventFactory events,
                                             HelpRequestTasks helpRequestTasks) {
        return message -> {
            CloudEvent event = events.parse(message.getPayload());
            if (!SPLIT.equals(event.type()) && !CLOSED.equals(event.type())) {
                log.debug("Skipping matching event {} of type {}", event.id(), event.type());
                return;
            }
            consumer.consume(CONSUMER, message, received -> handle(received, helpRequestTasks));
        };
    }

    private static Mono<Void> handle(CloudEvent event, HelpRequestTasks helpRequestTasks) {
        return Mono.defer(() -> SPLIT.equals(event.type())
                ? helpRequestTasks.split(HelpRequestEventData.split(event)).then()
                : helpRequestTasks.close(event.tenant(), HelpRequestEventData.closedRequest(event)).then());
    }
}
