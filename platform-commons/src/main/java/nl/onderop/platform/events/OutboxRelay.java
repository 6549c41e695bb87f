package nl.onderop.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mongodb.client.model.IndexOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes what aggregates left in their {@code outbox} field, oldest first per document, and removes each
 * entry only after the broker acknowledged it (the producer runs with {@code sync: true}). A crash between
 * publish and removal publishes the event again: delivery is at-least-once, and consumers deduplicate.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    public static final String PARTITION_KEY_HEADER = "partitionKey";
    private static final String PENDING_FIELD = OutboxMessage.FIELD + ".eventId";

    private final ReactiveMongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final OutboxProperties properties;
    private final Counter relayed;
    private volatile Disposable running;

    /**
     * @param meters where {@code onderop.outbox.relayed} (events published and removed from their outbox) is
     *               counted: operations and benchmarks see when a burst of writes has reached the broker
     */
    public OutboxRelay(ReactiveMongoTemplate mongo, StreamBridge streamBridge, OutboxProperties properties,
                       MeterRegistry meters) {
        this.mongo = mongo;
        this.streamBridge = streamBridge;
        this.properties = properties;
        this.relayed = Counter.builder("onderop.outbox.relayed")
                .description("Events published to the broker and removed from their outbox")
                .register(meters);
    }

    /** One pass over every source; returns how many events were published. */
    public Mono<Long> relayPending() {
        return Flux.fromIterable(properties.sources())
                .concatMap(this::relay)
                .reduce(0L, Long::sum);
    }

    private Mono<Long> relay(OutboxProperties.Source source) {
        Document pending = new Document(PENDING_FIELD, new Document("$exists", true));
        return mongo.getCollection(source.collection())
                .flatMapMany(collection -> Flux.from(collection.find(pending).limit(properties.batchSize())))
                .concatMap(document -> relayDocument(source, document))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> relayDocument(OutboxProperties.Source source, Document document) {
        Object id = document.get("_id");
        List<Document> entries = document.getList(OutboxMessage.FIELD, Document.class, List.of());
        return Flux.fromIterable(entries)
                .concatMap(entry -> publish(source.destination(), entry)
                        .then(remove(source.collection(), id, entry.getString("eventId")))
                        .doOnSuccess(removed -> relayed.increment())
                        .thenReturn(1L))
                .reduce(0L, Long::sum);
    }

    private Mono<Void> publish(String destination, Document entry) {
        Message<byte[]> message = MessageBuilder
                .withPayload(entry.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, CloudEvent.CONTENT_TYPE)
                .setHeader(PARTITION_KEY_HEADER, entry.getString("partitionKey"))
                .setHeader(KafkaHeaders.KEY, entry.getString("partitionKey").getBytes(StandardCharsets.UTF_8))
                .build();
        // The binder's synchronous send waits for the broker's acknowledgement: run it off the event loop.
        return Mono.fromCallable(() -> streamBridge.send(destination, message))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(sent -> sent ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("Binder refused event for " + destination)));
    }

    private Mono<Void> remove(String collectionName, Object id, String eventId) {
        Document filter = new Document("_id", id);
        Document pull = new Document("$pull", new Document(OutboxMessage.FIELD, new Document("eventId", eventId)));
        return mongo.getCollection(collectionName)
                .flatMap(collection -> Mono.from(collection.updateOne(filter, pull)))
                .then();
    }

    @Override
    public void start() {
        if (!properties.enabled() || properties.sources().isEmpty()) {
            log.info("Outbox relay is off");
            return;
        }
        running = createIndexes().thenMany(Flux.interval(properties.pollInterval()))
                .onBackpressureDrop()
                .concatMap(tick -> relayPending()
                        .doOnNext(count -> {
                            if (count > 0) {
                                log.debug("Relayed {} events", count);
                            }
                        })
                        .onErrorResume(error -> {
                            log.warn("Outbox relay pass failed, will retry: {}", error.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
        log.info("Outbox relay started for {}", properties.sources());
    }

    /** A sparse index on the pending event ids keeps each poll cheap on a large collection. */
    private Mono<Void> createIndexes() {
        return Flux.fromIterable(properties.sources())
                .concatMap(source -> mongo.getCollection(source.collection())
                        .flatMap(collection -> Mono.from(collection.createIndex(new Document(PENDING_FIELD, 1),
                                new IndexOptions().sparse(true).name("outbox_pending")))))
                .onErrorResume(error -> {
                    log.warn("Could not create the outbox index: {}", error.toString());
                    return Mono.empty();
                })
                .then();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
