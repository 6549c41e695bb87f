package nl.onderop.matching.referral.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.common.adapter.mongo.VersionedUpdate;
import nl.onderop.matching.referral.application.ReferralRepository;
import nl.onderop.matching.referral.domain.Referral;
import nl.onderop.matching.referral.domain.ReferralStatus;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoReferralRepository implements ReferralRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoReferralRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, ReferralDocument.COLLECTION, List.of(
                new Index().on("openKey", Sort.Direction.ASC).unique().sparse().named("open_newcomer_service_unique"),
                new Index().on("tenant", Sort.Direction.ASC).on("fromOrganization", Sort.Direction.ASC)
                        .on("updatedAt", Sort.Direction.DESC).named("tenant_from_updated"),
                new Index().on("tenant", Sort.Direction.ASC).on("toOrganization", Sort.Direction.ASC)
                        .on("updatedAt", Sort.Direction.DESC).named("tenant_to_updated"),
                new Index().on("newcomerId", Sort.Direction.ASC).named("newcomer")));
    }

    @Override
    public Mono<Referral> insert(Referral referral, List<OutboxMessage> events) {
        return mongo.insert(ReferralDocument.from(referral, events))
                .onErrorMap(DuplicateKeyException.class, OpenReferralExistsException::new)
                .map(ReferralDocument::toReferral);
    }

    @Override
    public Mono<Referral> update(Referral changed, long expectedVersion, List<OutboxMessage> events) {
        return VersionedUpdate.apply(mongo, where("_id").is(changed.id()), expectedVersion, ReferralDocument.from(changed, List.of()), events, changed);
    }

    @Override
    public Mono<Referral> findById(String id) {
        return mongo.findById(id, ReferralDocument.class).map(ReferralDocument::toReferral);
    }

    @Override
    public Flux<Referral> findByOrganization(String tenant, String organization, Direction direction,
                                             ReferralStatus status, long skip, int limit) {
        return mongo.find(ofOrganization(tenant, organization, direction, status)
                                .with(Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("_id"))).skip(skip).limit(limit),
                        ReferralDocument.class)
                .map(ReferralDocument::toReferral);
    }

    @Override
    public Mono<Long> countByOrganization(String tenant, String organization, Direction direction, ReferralStatus status) {
        return mongo.count(ofOrganization(tenant, organization, direction, status), ReferralDocument.class);
    }

    @Override
    public Flux<Referral> findByNewcomer(String newcomerId, long skip, int limit) {
        return mongo.find(Query.query(where("newcomerId").is(newcomerId))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))).skip(skip).limit(limit),
                        ReferralDocument.class)
                .map(ReferralDocument::toReferral);
    }

    @Override
    public Mono<Long> countByNewcomer(String newcomerId) {
        return mongo.count(Query.query(where("newcomerId").is(newcomerId)), ReferralDocument.class);
    }

    @Override
    public Mono<Void> deleteByNewcomer(String newcomerId) {
        return mongo.remove(Query.query(where("newcomerId").is(newcomerId)), ReferralDocument.class).then();
    }

    private static Query ofOrganization(String tenant, String organization, Direction direction, ReferralStatus status) {
        Criteria whose = switch (direction) {
            case OUTGOING -> where("fromOrganization").is(organization);
            case INCOMING -> where("toOrganization").is(organization);
            case BOTH -> new Criteria().orOperator(where("fromOrganization").is(organization),
                    where("toOrganization").is(organization));
        };
        Criteria criteria = where("tenant").is(tenant);
        if (status != null) {
            criteria = criteria.and("status").is(status.value());
        }
        return Query.query(criteria.andOperator(whose));
    }
}
