package nl.onderop.volunteers.attention.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.attention.application.AttentionSettingsRepository;
import nl.onderop.volunteers.attention.domain.AttentionSettings;

@Repository
class MongoAttentionSettingsRepository implements AttentionSettingsRepository {

    private final ReactiveMongoTemplate mongo;

    MongoAttentionSettingsRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<AttentionSettings> find(String tenant, String organization) {
        return mongo.findOne(Query.query(where("_id").is(AttentionSettingsDocument.idOf(tenant, organization))
                        .and("tenant").is(tenant)), AttentionSettingsDocument.class)
                .map(AttentionSettingsDocument::toSettings);
    }

    @Override
    public Flux<AttentionSettings> findByTenant(String tenant) {
        return mongo.find(Query.query(where("tenant").is(tenant)), AttentionSettingsDocument.class)
                .map(AttentionSettingsDocument::toSettings);
    }

    @Override
    public Mono<AttentionSettings> save(AttentionSettings settings) {
        return mongo.save(AttentionSettingsDocument.from(settings)).map(AttentionSettingsDocument::toSettings);
    }
}
