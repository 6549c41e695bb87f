package nl.onderop.matching.outcome.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.common.adapter.mongo.VersionedUpdate;
import nl.onderop.matching.outcome.application.MatchGoalsRepository;
import nl.onderop.matching.outcome.domain.MatchGoals;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoMatchGoalsRepository implements MatchGoalsRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoMatchGoalsRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, MatchGoalsDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("newcomerId", Sort.Direction.ASC).named("tenant_newcomer")));
    }

    @Override
    public Mono<MatchGoals> findByMatch(String tenant, String matchId) {
        return mongo.findOne(Query.query(where("_id").is(matchId).and("tenant").is(tenant)), MatchGoalsDocument.class)
                .map(MatchGoalsDocument::toGoals);
    }

    @Override
    public Mono<MatchGoals> save(MatchGoals changed, long expectedVersion) {
        if (expectedVersion == 0) {
            return mongo.insert(MatchGoalsDocument.from(changed)).map(MatchGoalsDocument::toGoals)
                    .onErrorResume(DuplicateKeyException.class, exists -> Mono.empty());
        }
        return VersionedUpdate.apply(mongo, where("_id").is(changed.matchId()).and("tenant").is(changed.tenant()), expectedVersion, MatchGoalsDocument.from(changed), List.of(), changed);
    }

    @Override
    public Flux<MatchGoals> findByNewcomer(String tenant, String newcomerId) {
        return mongo.find(byNewcomer(tenant, newcomerId).with(Sort.by("_id")), MatchGoalsDocument.class)
                .map(MatchGoalsDocument::toGoals);
    }

    @Override
    public Mono<Void> deleteByNewcomer(String tenant, String newcomerId) {
        return mongo.remove(byNewcomer(tenant, newcomerId), MatchGoalsDocument.class).then();
    }

    private static Query byNewcomer(String tenant, String newcomerId) {
        return Query.query(where("tenant").is(tenant).and("newcomerId").is(newcomerId));
    }
}
