package nl.onderop.directory.organization.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.organization.application.DuplicateOrganizationException;
import nl.onderop.directory.organization.application.OrganizationPage;
import nl.onderop.directory.organization.application.OrganizationRepository;
import nl.onderop.directory.organization.domain.DirectoryAccess;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;

@Repository
class MongoOrganizationRepository implements OrganizationRepository {

    private final ReactiveMongoTemplate mongo;

    MongoOrganizationRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Organization> insert(Organization organization, List<OutboxMessage> events) {
        return mongo.insert(OrganizationDocument.from(organization, events))
                .map(OrganizationDocument::toOrganization)
                .onErrorMap(DuplicateKeyException.class,
                        duplicate -> new DuplicateOrganizationException(organization.tenant(), organization.slug()));
    }

    @Override
    public Mono<Organization> update(Organization organization, long expectedVersion, List<OutboxMessage> events) {
        Query current = Query.query(where("_id").is(organization.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(current,
                        OutboxUpdate.of(mongo.getConverter(), OrganizationDocument.from(organization, List.of()), events),
                        OrganizationDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> organization);
    }

    @Override
    public Flux<Organization> findPublished() {
        return mongo.find(Query.query(where("status").is("published")), OrganizationDocument.class)
                .map(OrganizationDocument::toOrganization);
    }

    @Override
    public Flux<Organization> findByTenant(String tenant) {
        return mongo.find(Query.query(where("tenant").is(tenant)), OrganizationDocument.class)
                .map(OrganizationDocument::toOrganization);
    }

    @Override
    public Flux<Organization> findUpdatedSince(Instant since) {
        return mongo.find(Query.query(where("updatedAt").gte(since)), OrganizationDocument.class)
                .map(OrganizationDocument::toOrganization);
    }

    @Override
    public Mono<Organization> findById(String id) {
        return mongo.findById(id, OrganizationDocument.class).map(OrganizationDocument::toOrganization);
    }

    @Override
    public Mono<OrganizationPage> findVisible(DirectoryAccess access, Optional<String> tenant, int page, int pageSize) {
        Criteria criteria = tenant.map(t -> new Criteria().andOperator(
                        new Criteria().orOperator(where("tenant").is(t), where("activeTenants").is(t)), visibleTo(access)))
                .orElseGet(() -> visibleTo(access));
        Query count = new Query(criteria);
        Query slice = new Query(criteria)
                .with(Sort.by("tenant", "name", "id"))
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize);
        return Mono.zip(
                        mongo.find(slice, OrganizationDocument.class).map(OrganizationDocument::toOrganization).collectList(),
                        mongo.count(count, OrganizationDocument.class))
                .map(result -> new OrganizationPage(result.getT1(), page, pageSize, result.getT2()));
    }

    private static Criteria visibleTo(DirectoryAccess access) {
        List<Criteria> anyOf = new ArrayList<>();
        anyOf.add(where("status").is("published"));
        if (!access.draftTenants().isEmpty()) {
            anyOf.add(where("tenant").in(access.draftTenants()));
        }
        access.ownOrganization().ifPresent(own -> anyOf.add(where("tenant").in(access.tenants()).and("slug").is(own)));
        return new Criteria().orOperator(anyOf);
    }
}
