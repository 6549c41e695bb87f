package nl.onderop.matching.match.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.common.adapter.mongo.VersionedUpdate;
import nl.onderop.matching.match.application.MatchRepository;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoMatchRepository implements MatchRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoMatchRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, MatchDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("state", Sort.Direction.ASC).named("tenant_organization_state"),
                new Index().on("newcomerId", Sort.Direction.ASC).named("newcomer"),
                new Index().on("volunteerId", Sort.Direction.ASC).sparse().named("volunteer")));
    }

    @Override
    public Flux<Match> insertAll(List<NewMatch> matches) {
        return mongo.insertAll(matches.stream().map(added -> MatchDocument.from(added.match(), added.events())).toList())
                .map(MatchDocument::toMatch);
    }

    @Override
    public Mono<Match> update(Match changed, long expectedVersion, List<OutboxMessage> events) {
        return VersionedUpdate.apply(mongo, where("_id").is(changed.id()), expectedVersion, MatchDocument.from(changed, List.of()), events, changed);
    }

    @Override
    public Mono<Match> findById(String id) {
        return mongo.findById(id, MatchDocument.class).map(MatchDocument::toMatch);
    }

    @Override
    public Flux<Match> findByOrganization(String tenant, String organization, MatchState state, long skip, int limit) {
        return mongo.find(ofOrganization(tenant, organization, state)
                        .with(Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("_id"))).skip(skip).limit(limit),
                MatchDocument.class).map(MatchDocument::toMatch);
    }

    @Override
    public Mono<Long> countByOrganization(String tenant, String organization, MatchState state) {
        return mongo.count(ofOrganization(tenant, organization, state), MatchDocument.class);
    }

    @Override
    public Flux<Match> findByTenant(String tenant) {
        return mongo.find(Query.query(where("tenant").is(tenant)), MatchDocument.class).map(MatchDocument::toMatch);
    }

    @Override
    public Flux<Match> findByNewcomer(String newcomerId) {
        return mongo.find(Query.query(where("newcomerId").is(newcomerId)).with(Sort.by("createdAt", "_id")),
                MatchDocument.class).map(MatchDocument::toMatch);
    }

    @Override
    public Flux<Match> findNaming(String volunteerId) {
        Criteria naming = new Criteria().orOperator(where("volunteerId").is(volunteerId),
                where("explanation.alternatives.volunteerId").is(volunteerId));
        return mongo.find(Query.query(naming).with(Sort.by("createdAt", "_id")), MatchDocument.class)
                .map(MatchDocument::toMatch);
    }

    @Override
    public Flux<Match> findByVolunteer(String volunteerId) {
        return mongo.find(Query.query(where("volunteerId").is(volunteerId)).with(Sort.by("createdAt", "_id")),
                MatchDocument.class).map(MatchDocument::toMatch);
    }

    @Override
    public Mono<Void> deleteByNewcomer(String newcomerId) {
        return mongo.remove(Query.query(where("newcomerId").is(newcomerId)), MatchDocument.class).then();
    }

    private static Query ofOrganization(String tenant, String organization, MatchState state) {
        Criteria criteria = where("tenant").is(tenant).and("organization").is(organization);
        if (state != null) {
            criteria = criteria.and("state").is(state.value());
        }
        return Query.query(criteria);
    }
}
