package nl.onderop.directory.service.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.directory.service.application.ServiceRepository;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;

@Repository
class MongoServiceRepository implements ServiceRepository {

    private final ReactiveMongoTemplate mongo;

    MongoServiceRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<ServiceEntry> insert(ServiceEntry entry, List<OutboxMessage> events) {
        return mongo.insert(ServiceDocument.from(entry, events)).map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Mono<ServiceEntry> update(ServiceEntry entry, long expectedVersion, List<OutboxMessage> events) {
        Update update = OutboxUpdate.of(mongo.getConverter(), ServiceDocument.from(entry, List.of()), events);
        Query current = Query.query(where("_id").is(entry.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(current, update, ServiceDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> entry);
    }

    @Override
    public Mono<ServiceEntry> findById(String id) {
        return mongo.findById(id, ServiceDocument.class).map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Flux<ServiceEntry> findByOrganization(String organizationId) {
        return mongo.find(Query.query(where("organizationId").is(organizationId)).with(Sort.by("id")),
                ServiceDocument.class).map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Flux<ServiceEntry> findByTenant(String tenant) {
        return mongo.find(Query.query(where("tenant").is(tenant)), ServiceDocument.class)
                .map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Flux<ServiceEntry> findPublished() {
        return mongo.find(Query.query(where("publication").is("published")), ServiceDocument.class)
                .map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Flux<ServiceEntry> findUpdatedSince(Instant since) {
        return mongo.find(Query.query(where("updatedAt").gte(since)), ServiceDocument.class)
                .map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Flux<ServiceEntry> findPublishedConfirmedOnOrBefore(String tenant, LocalDate day) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("publication").is("published")
                                .and("confirmedOn").lte(day.toString())),
                        ServiceDocument.class)
                .map(ServiceDocument::toServiceEntry);
    }

    @Override
    public Mono<Boolean> recordVerificationDue(ServiceEntry entry, int notices, OutboxMessage event) {
        Query notYetAnnounced = Query.query(where("_id").is(entry.id())
                .and("verificationDueNotices").lt(notices)
                .and("confirmedOn").is(entry.lastConfirmedOn().toString()));
        Update update = new Update().set("verificationDueNotices", notices).push("outbox", event);
        return mongo.updateFirst(notYetAnnounced, update, ServiceDocument.class)
                .map(result -> result.getModifiedCount() == 1);
    }
}
