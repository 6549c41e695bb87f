package nl.onderop.matching.match.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import nl.onderop.matching.match.application.MatchSettingsRepository;
import nl.onderop.matching.match.domain.MatchSettings;

@Repository
class MongoMatchSettingsRepository implements MatchSettingsRepository {

    private final ReactiveMongoTemplate mongo;

    MongoMatchSettingsRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<MatchSettings> find(String tenant, String organization) {
        return mongo.findById(MatchSettingsDocument.idOf(tenant, organization), MatchSettingsDocument.class)
                .map(MatchSettingsDocument::toSettings);
    }

    @Override
    public Mono<MatchSettings> save(MatchSettings settings, long expectedVersion) {
        MatchSettingsDocument document = MatchSettingsDocument.from(settings);
        if (expectedVersion == 0) {
            return mongo.insert(document).map(MatchSettingsDocument::toSettings)
                    .onErrorResume(DuplicateKeyException.class, stored -> Mono.empty());
        }
        Query current = Query.query(where("_id").is(document.id()).and("version").is(expectedVersion));
        return mongo.findAndReplace(current, document).map(previous -> settings);
    }
}
