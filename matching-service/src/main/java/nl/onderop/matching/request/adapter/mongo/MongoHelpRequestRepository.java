package nl.onderop.matching.request.adapter.mongo;

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
import nl.onderop.matching.request.application.HelpRequestRepository;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoHelpRequestRepository implements HelpRequestRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoHelpRequestRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, HelpRequestDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("open", Sort.Direction.ASC).named("tenant_organization_open"),
                new Index().on("newcomerId", Sort.Direction.ASC).named("newcomer")));
    }

    @Override
    public Mono<HelpRequest> insert(HelpRequest request, List<OutboxMessage> events) {
        return mongo.insert(HelpRequestDocument.from(request, events)).map(HelpRequestDocument::toRequest);
    }

    @Override
    public Mono<HelpRequest> update(HelpRequest changed, long expectedVersion, List<OutboxMessage> events) {
        return VersionedUpdate.apply(mongo, where("_id").is(changed.id()), expectedVersion, HelpRequestDocument.from(changed, List.of()), events, changed);
    }

    @Override
    public Mono<HelpRequest> findById(String id) {
        return mongo.findById(id, HelpRequestDocument.class).map(HelpRequestDocument::toRequest);
    }

    @Override
    public Flux<HelpRequest> findByOrganization(String tenant, String organization, Boolean open, long skip, int limit) {
        return mongo.find(ofOrganization(tenant, organization, open).with(Sort.by(Sort.Direction.DESC, "createdAt")
                        .and(Sort.by("_id"))).skip(skip).limit(limit), HelpRequestDocument.class)
                .map(HelpRequestDocument::toRequest);
    }

    @Override
    public Mono<Long> countByOrganization(String tenant, String organization, Boolean open) {
        return mongo.count(ofOrganization(tenant, organization, open), HelpRequestDocument.class);
    }

    @Override
    public Flux<HelpRequest> findByNewcomer(String newcomerId) {
        return mongo.find(Query.query(where("newcomerId").is(newcomerId)).with(Sort.by("createdAt", "_id")),
                HelpRequestDocument.class).map(HelpRequestDocument::toRequest);
    }

    @Override
    public Flux<HelpRequest> findOpen(String tenant, String organization) {
        return mongo.find(ofOrganization(tenant, organization, true).with(Sort.by("_id")), HelpRequestDocument.class)
                .map(HelpRequestDocument::toRequest);
    }

    private static Query ofOrganization(String tenant, String organization, Boolean open) {
        Criteria criteria = where("tenant").is(tenant).and("organization").is(organization);
        if (open != null) {
            criteria = criteria.and("open").is(open);
        }
        return Query.query(criteria);
    }
}
