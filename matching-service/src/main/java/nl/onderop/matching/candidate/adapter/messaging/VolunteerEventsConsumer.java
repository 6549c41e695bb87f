package nl.onderop.matching.candidate.adapter.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.onderop.matching.candidate.application.RecordVolunteerEvent;
import nl.onderop.platform.events.IdempotentEventConsumer;

/** Binding {@code volunteerEvents-in-0} on topic {@code onderop.volunteers.events}; failures retry, then dead-letter. */
@Configuration(proxyBeanMethods = false)
class VolunteerEventsConsumer {

    static final String CONSUMER = "matching-candidates";

    @Bean
    Consumer<Message<byte[]>> volunteerEvents(IdempotentEventConsumer consumer, RecordVolunteerEvent record) {
        return message -> consumer.consume(CONSUMER, message, record::record);
    }
}
