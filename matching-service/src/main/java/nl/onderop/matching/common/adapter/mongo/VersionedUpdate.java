package nl.onderop.matching.common.adapter.mongo;

import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;

/**
 * The optimistic write every aggregate of this service uses: store the new state and its events (one
 * {@link OutboxUpdate}) only if the stored document is still at {@code expectedVersion}; empty when another
 * writer came first, so the caller answers 409.
 */
public final class VersionedUpdate {

    private VersionedUpdate() {
    }

    /**
     * @param which    the document, e.g. {@code where("_id").is(id)} (with the tenant where the id alone is not enough)
     * @param document the new state as stored (its outbox is ignored: {@code events} are appended)
     * @param changed  what the caller gets back when the write went through
     */
    public static <T> Mono<T> apply(ReactiveMongoTemplate mongo, Criteria which, long expectedVersion, Object document,
                                    List<OutboxMessage> events, T changed) {
        Query current = Query.query(which.and("version").is(expectedVersion));
        return mongo.updateFirst(current, OutboxUpdate.of(mongo.getConverter(), document, events), document.getClass())
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> changed);
    }
}
