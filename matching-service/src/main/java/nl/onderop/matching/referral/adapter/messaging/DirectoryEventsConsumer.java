package nl.onderop.matching.referral.adapter.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.onderop.matching.referral.application.RecordDirectoryEvent;
import nl.onderop.platform.events.IdempotentEventConsumer;

/** Binding {@code directoryEvents-in-0} on topic {@code onderop.directory.events}; failures retry, then dead-letter. */
@Configuration(proxyBeanMethods = false)
class DirectoryEventsConsumer {

    static final String CONSUMER = "matching-directory-listings";

    @Bean
    Consumer<Message<byte[]>> directoryEvents(IdempotentEventConsumer consumer, RecordDirectoryEvent record) {
        return message -> consumer.consume(CONSUMER, message, record::record);
    }
}
