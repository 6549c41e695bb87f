package nl.onderop.matching.newcomer.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.common.adapter.mongo.VersionedUpdate;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoNewcomerRepository implements NewcomerRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoNewcomerRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, NewcomerDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("profile.alias", Sort.Direction.ASC).named("tenant_organization_alias"),
                new Index().on("tenantAccount", Sort.Direction.ASC).unique().sparse().named("tenant_account_unique")));
    }

    @Override
    public Mono<Newcomer> insert(Newcomer newcomer, List<OutboxMessage> events) {
        return mongo.insert(NewcomerDocument.from(newcomer, events)).map(NewcomerDocument::toNewcomer);
    }

    @Override
    public Mono<Newcomer> update(Newcomer changed, long expectedVersion, List<OutboxMessage> events) {
        return VersionedUpdate.apply(mongo, where("_id").is(changed.id()), expectedVersion, NewcomerDocument.from(changed, List.of()), events, changed);
    }

    @Override
    public Mono<Newcomer> findById(String id) {
        return mongo.findById(id, NewcomerDocument.class).map(NewcomerDocument::toNewcomer);
    }

    @Override
    public Mono<Newcomer> findByAccount(String tenant, String account) {
        return mongo.findOne(Query.query(where("tenantAccount").is(tenant + "/" + account)), NewcomerDocument.class)
                .map(NewcomerDocument::toNewcomer);
    }

    @Override
    public Flux<Newcomer> findByOrganization(String tenant, String organization, long skip, int limit) {
        return mongo.find(ofOrganization(tenant, organization)
                        .with(Sort.by("profile.alias", "_id")).skip(skip).limit(limit), NewcomerDocument.class)
                .map(NewcomerDocument::toNewcomer);
    }

    @Override
    public Mono<Long> countByOrganization(String tenant, String organization) {
        return mongo.count(ofOrganization(tenant, organization), NewcomerDocument.class);
    }

    @Override
    public Flux<Newcomer> findByIds(List<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), NewcomerDocument.class).map(NewcomerDocument::toNewcomer);
    }

    private static Query ofOrganization(String tenant, String organization) {
        return Query.query(where("tenant").is(tenant).and("organization").is(organization).and("erasedAt").isNull());
    }
}
