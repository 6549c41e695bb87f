package nl.onderop.matching.common.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxUpdate;

/**
 * Read models fed by events of another service keep the newest state: a document is written (every field set,
 * empty ones unset) unless a newer {@code version} of it is stored already. With a newer one stored the filter
 * matches nothing and the upsert's insert collides on the id, which answers false.
 */
public final class UpsertUnlessNewer {

    private UpsertUnlessNewer() {
    }

    public static Mono<Boolean> write(ReactiveMongoTemplate mongo, Object document, String id, long version) {
        Query notNewer = Query.query(where("_id").is(id).and("version").lte(version));
        return mongo.upsert(notNewer, OutboxUpdate.of(mongo.getConverter(), document, List.of()), document.getClass())
                .map(result -> true)
                .onErrorResume(DuplicateKeyException.class, newerStored -> Mono.just(false));
    }
}
