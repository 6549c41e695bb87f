package nl.onderop.volunteers.attention.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.attention.application.AttentionOccurrenceRepository;
import nl.onderop.volunteers.attention.domain.AttentionOccurrence;

@Repository
class MongoAttentionOccurrenceRepository implements AttentionOccurrenceRepository {

    private final ReactiveMongoTemplate mongo;

    MongoAttentionOccurrenceRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The key is the document id: a second insert of the same occurrence fails, so its event is stored once. */
    @Override
    public Mono<Boolean> recordOnce(AttentionOccurrence occurrence, OutboxMessage event) {
        return mongo.insert(AttentionOccurrenceDocument.from(occurrence, event))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<Void> deleteAll(String tenant, String volunteerId) {
        return mongo.remove(Query.query(where("tenant").is(tenant).and("volunteerId").is(volunteerId)),
                AttentionOccurrenceDocument.class).then();
    }
}
