package nl.onderop.volunteers.attention.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.attention.application.CheckInRepository;
import nl.onderop.volunteers.attention.domain.CheckIn;

@Repository
class MongoCheckInRepository implements CheckInRepository {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("recordedAt"), Sort.Order.asc("_id"));

    private final ReactiveMongoTemplate mongo;

    MongoCheckInRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<CheckIn> insert(CheckIn checkIn) {
        return mongo.insert(CheckInDocument.from(checkIn)).map(CheckInDocument::toCheckIn);
    }

    @Override
    public Flux<CheckIn> findPage(String tenant, String organization, String volunteerId, int page, int pageSize) {
        Query query = Query.query(of(tenant, organization, volunteerId)).with(NEWEST_FIRST)
                .skip((long) (page - 1) * pageSize).limit(pageSize);
        return mongo.find(query, CheckInDocument.class).map(CheckInDocument::toCheckIn);
    }

    @Override
    public Mono<Long> count(String tenant, String organization, String volunteerId) {
        return mongo.count(Query.query(of(tenant, organization, volunteerId)), CheckInDocument.class);
    }

    @Override
    public Mono<LocalDate> lastDate(String tenant, String organization, String volunteerId) {
        return mongo.findOne(Query.query(of(tenant, organization, volunteerId)).with(NEWEST_FIRST).limit(1),
                CheckInDocument.class).map(CheckInDocument::date);
    }

    @Override
    public Flux<CheckIn> findAll(String tenant, String volunteerId) {
        return mongo.find(Query.query(of(tenant, null, volunteerId)).with(NEWEST_FIRST), CheckInDocument.class)
                .map(CheckInDocument::toCheckIn);
    }

    @Override
    public Mono<Void> deleteAll(String tenant, String volunteerId) {
        return mongo.remove(Query.query(of(tenant, null, volunteerId)), CheckInDocument.class).then();
    }

    private static Criteria of(String tenant, String organization, String volunteerId) {
        Criteria criteria = where("tenant").is(tenant).and("volunteerId").is(volunteerId);
        return organization == null ? criteria : criteria.and("organization").is(organization);
    }
}
