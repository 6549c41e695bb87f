package nl.onderop.matching.outcome.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.outcome.application.EvaluationRepository;
import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoEvaluationRepository implements EvaluationRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoEvaluationRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, EvaluationDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("matchId", Sort.Direction.ASC).named("tenant_match"),
                new Index().on("tenant", Sort.Direction.ASC).on("newcomerId", Sort.Direction.ASC).named("tenant_newcomer"),
                new Index().on("tenant", Sort.Direction.ASC).on("raterVolunteerId", Sort.Direction.ASC).sparse()
                        .named("tenant_rater_volunteer")));
    }

    @Override
    public Mono<Evaluation> insert(Evaluation evaluation, List<OutboxMessage> events) {
        return mongo.insert(EvaluationDocument.from(evaluation, events)).map(EvaluationDocument::toEvaluation)
                .onErrorResume(DuplicateKeyException.class, exists -> Mono.empty());
    }

    @Override
    public Mono<Evaluation> replace(Evaluation changed) {
        return mongo.updateFirst(Query.query(where("_id").is(changed.id()).and("tenant").is(changed.tenant())),
                        OutboxUpdate.of(mongo.getConverter(), EvaluationDocument.from(changed, List.of()), List.of()),
                        EvaluationDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> changed);
    }

    @Override
    public Mono<Evaluation> findById(String tenant, String id) {
        return mongo.findOne(Query.query(where("_id").is(id).and("tenant").is(tenant)), EvaluationDocument.class)
                .map(EvaluationDocument::toEvaluation);
    }

    @Override
    public Flux<Evaluation> findByMatch(String tenant, String matchId) {
        return find(Query.query(where("tenant").is(tenant).and("matchId").is(matchId)));
    }

    @Override
    public Flux<Evaluation> findByNewcomer(String tenant, String newcomerId) {
        return find(byNewcomer(tenant, newcomerId));
    }

    @Override
    public Flux<Evaluation> findByRaterVolunteer(String tenant, String volunteerId) {
        return find(Query.query(where("tenant").is(tenant).and("raterVolunteerId").is(volunteerId)));
    }

    @Override
    public Mono<Void> deleteByNewcomer(String tenant, String newcomerId) {
        return mongo.remove(byNewcomer(tenant, newcomerId), EvaluationDocument.class).then();
    }

    private Flux<Evaluation> find(Query query) {
        return mongo.find(query.with(Sort.by("recordedAt", "_id")), EvaluationDocument.class)
                .map(EvaluationDocument::toEvaluation);
    }

    private static Query byNewcomer(String tenant, String newcomerId) {
        return Query.query(where("tenant").is(tenant).and("newcomerId").is(newcomerId));
    }
}
