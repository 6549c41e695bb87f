package nl.onderop.volunteers.activity.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.volunteers.activity.application.ActivityRepository;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.activity.domain.ActivityKind;

@Repository
class MongoActivityRepository implements ActivityRepository {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("loggedAt"), Sort.Order.asc("_id"));

    private final ReactiveMongoTemplate mongo;

    MongoActivityRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Activity> insert(Activity activity, List<OutboxMessage> events) {
        return mongo.insert(ActivityDocument.from(activity, events)).map(ActivityDocument::toActivity);
    }

    @Override
    public Flux<Activity> findPage(String tenant, String volunteerId, String organization, int page, int pageSize) {
        Query query = Query.query(of(tenant, volunteerId, organization)).with(NEWEST_FIRST)
                .skip((long) (page - 1) * pageSize).limit(pageSize);
        return mongo.find(query, ActivityDocument.class).map(ActivityDocument::toActivity);
    }

    @Override
    public Mono<Long> count(String tenant, String volunteerId, String organization) {
        return mongo.count(Query.query(of(tenant, volunteerId, organization)), ActivityDocument.class);
    }

    @Override
    public Flux<Activity> findAll(String tenant, String volunteerId, String organization) {
        return mongo.find(Query.query(of(tenant, volunteerId, organization)).with(NEWEST_FIRST), ActivityDocument.class)
                .map(ActivityDocument::toActivity);
    }

    @Override
    public Mono<LocalDate> lastDate(String tenant, String volunteerId, String organization) {
        return mongo.findOne(Query.query(of(tenant, volunteerId, organization)).with(NEWEST_FIRST).limit(1),
                ActivityDocument.class).map(ActivityDocument::date);
    }

    @Override
    public Flux<Activity> findOfKindSince(String tenant, String volunteerId, ActivityKind kind, LocalDate from) {
        Query query = Query.query(of(tenant, volunteerId, null).and("kind").is(kind.value()).and("date").gte(from));
        return mongo.find(query, ActivityDocument.class).map(ActivityDocument::toActivity);
    }

    @Override
    public Mono<Void> deleteAll(String tenant, String volunteerId) {
        return mongo.remove(Query.query(of(tenant, volunteerId, null)), ActivityDocument.class).then();
    }

    private static Criteria of(String tenant, String volunteerId, String organization) {
        Criteria criteria = where("tenant").is(tenant).and("volunteerId").is(volunteerId);
        return organization == null ? criteria : criteria.and("organization").is(organization);
    }
}
