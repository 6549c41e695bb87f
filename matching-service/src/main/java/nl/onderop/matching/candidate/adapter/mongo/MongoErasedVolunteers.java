package nl.onderop.matching.candidate.adapter.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import nl.onderop.matching.candidate.application.ErasedVolunteers;

@Repository
class MongoErasedVolunteers implements ErasedVolunteers {

    @Document("erased_volunteers")
    record Tombstone(@Id String volunteerId, String tenant, Instant erasedAt) {
    }

    private final ReactiveMongoTemplate mongo;

    MongoErasedVolunteers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> remember(String tenant, String volunteerId, Instant erasedAt) {
        return mongo.save(new Tombstone(volunteerId, tenant, erasedAt)).then();
    }

    @Override
    public Mono<Boolean> isErased(String volunteerId) {
        return mongo.findById(volunteerId, Tombstone.class).hasElement();
    }
}
