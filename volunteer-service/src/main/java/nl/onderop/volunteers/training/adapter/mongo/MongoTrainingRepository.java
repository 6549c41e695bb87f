package nl.onderop.volunteers.training.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;
import nl.onderop.volunteers.training.application.TrainingRepository;
import nl.onderop.volunteers.training.domain.Training;

@Repository
class MongoTrainingRepository implements TrainingRepository {

    private static final Sort BY_START = Sort.by("startsAt", "_id");

    private final ReactiveMongoTemplate mongo;

    MongoTrainingRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Training> insert(Training training, List<OutboxMessage> events) {
        return mongo.insert(TrainingDocument.from(training, events)).map(TrainingDocument::training);
    }

    /** The version in the filter is what keeps two simultaneous enrolments from both taking the last place. */
    @Override
    public Mono<Training> update(Training training, long expectedVersion, List<OutboxMessage> events) {
        Query current = Query.query(where("_id").is(training.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(current,
                        OutboxUpdate.of(mongo.getConverter(), TrainingDocument.from(training, List.of()), events),
                        TrainingDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> training);
    }

    @Override
    public Mono<Training> findById(String id) {
        return mongo.findById(id, TrainingDocument.class).map(TrainingDocument::training);
    }

    @Override
    public Flux<Training> findVisible(String tenant, String organization, boolean withOpenToTenant, Instant endingAfter,
                                      long skip, int limit) {
        Query query = visible(tenant, organization, withOpenToTenant, endingAfter).with(BY_START).skip(skip).limit(limit);
        return mongo.find(query, TrainingDocument.class).map(TrainingDocument::training);
    }

    @Override
    public Mono<Long> countVisible(String tenant, String organization, boolean withOpenToTenant, Instant endingAfter) {
        return mongo.count(visible(tenant, organization, withOpenToTenant, endingAfter), TrainingDocument.class);
    }

    private static Query visible(String tenant, String organization, boolean withOpenToTenant, Instant endingAfter) {
        Criteria whose = withOpenToTenant
                ? new Criteria().orOperator(where("organization").is(organization), where("openToTenant").is(true))
                : where("organization").is(organization);
        Query query = Query.query(where("tenant").is(tenant)).addCriteria(whose);
        if (endingAfter != null) {
            query.addCriteria(where("endsAt").gt(endingAfter));
        }
        return query;
    }

    @Override
    public Flux<Training> findOwnedBy(String tenant, String organization) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("organization").is(organization)).with(BY_START),
                TrainingDocument.class).map(TrainingDocument::training);
    }

    @Override
    public Flux<Training> findAttendedFrom(String tenant, String organization) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("enrolments.organization").is(organization)),
                TrainingDocument.class).map(TrainingDocument::training);
    }

    @Override
    public Flux<Training> findByVolunteer(String tenant, String volunteerId) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("enrolments.volunteerId").is(volunteerId))
                .with(BY_START), TrainingDocument.class).map(TrainingDocument::training);
    }
}
