package nl.onderop.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Handles each CloudEvent once per consumer: skips ids already recorded in {@code processed_events}, runs the
 * handler, then records the id. Runs on the binder's listener thread (not an event loop) and waits there for
 * the handler, so that a failure reaches the binder's bounded retries and, after them, the dead-letter topic.
 * Handlers should be idempotent as well: a crash between handling and recording delivers the event again.
 */
public final class IdempotentEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);
    public static final String COLLECTION = "processed_events";

    private final ReactiveMongoTemplate mongo;
    private final CloudEventFactory events;
    private final Duration timeout;
    private final DeadLetterWatch deadLetters;

    public IdempotentEventConsumer(ReactiveMongoTemplate mongo, CloudEventFactory events, Duration timeout,
                                   DeadLetterWatch deadLetters) {
        this.mongo = mongo;
        this.events = events;
        this.timeout = timeout;
        this.deadLetters = deadLetters;
    }

    public void consume(String consumer, Message<byte[]> message, Function<CloudEvent, Mono<Void>> handler) {
        CloudEvent event = events.parse(message.getPayload());
        String key = consumer + ":" + event.id();
        Mono<Void> work = mongo.getCollection(COLLECTION)
                .flatMap(collection -> Mono.from(collection.find(new Document("_id", key)).first()))
                .hasElement()
                .flatMap(seen -> {
                    if (seen) {
                        log.debug("Skipping duplicate event {} of type {}", event.id(), event.type());
                        return Mono.empty();
                    }
                    return handler.apply(event).then(record(key, event));
                });
        try {
            work.toFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handling event " + event.id(), interrupted);
        } catch (ExecutionException failed) {
            deadLetters.failed(consumer, message, event);
            throw new EventHandlingException(event, failed.getCause());
        } catch (TimeoutException slow) {
            deadLetters.failed(consumer, message, event);
            throw new EventHandlingException(event, slow);
        }
    }

    private Mono<Void> record(String key, CloudEvent event) {
        Document processed = new Document("_id", key)
                .append("type", event.type())
                .append("tenant", event.tenant())
                .append("processedAt", Date.from(Instant.now()));
        return mongo.getCollection(COLLECTION)
                .flatMap(collection -> Mono.from(collection.insertOne(processed)))
                .onErrorResume(MongoWriteException.class, duplicate -> Mono.empty())
                .then();
    }

    /** Wraps a handler failure with the event's id and type (never its data) for the logs and the dead letter. */
    public static final class EventHandlingException extends RuntimeException {
        public EventHandlingException(CloudEvent event, Throwable cause) {
            super("Handling event " + event.id() + " of type " + event.type() + " failed", cause);
        }
    }
}
