package nl.onderop.matching.referral.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.common.adapter.mongo.UpsertUnlessNewer;
import nl.onderop.matching.referral.application.DirectoryListings;
import nl.onderop.matching.referral.domain.ListedOrganization;
import nl.onderop.matching.referral.domain.ListedService;

@Repository
class MongoDirectoryListings implements DirectoryListings {

    private final ReactiveMongoTemplate mongo;

    MongoDirectoryListings(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> saveServiceIfNewer(ListedService service) {
        return UpsertUnlessNewer.write(mongo, ListedServiceDocument.from(service), service.serviceId(), service.version());
    }

    @Override
    public Mono<Void> saveOrganization(ListedOrganization organization) {
        return mongo.save(new ListedOrganizationDocument(organization.organizationId(), organization.tenant(),
                organization.slug())).then();
    }

    @Override
    public Mono<ListedService> findService(String serviceId) {
        return mongo.findById(serviceId, ListedServiceDocument.class).map(ListedServiceDocument::toService);
    }

    @Override
    public Mono<ListedOrganization> findOrganization(String organizationId) {
        return mongo.findById(organizationId, ListedOrganizationDocument.class)
                .map(ListedOrganizationDocument::toOrganization);
    }

    @Override
    public Flux<ListedService> findPublished(String tenant) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("published").is(true)).with(Sort.by("_id")),
                ListedServiceDocument.class).map(ListedServiceDocument::toService);
    }

    @Override
    public Mono<Long> countPublished() {
        return mongo.count(Query.query(where("published").is(true)), ListedServiceDocument.class);
    }
}
