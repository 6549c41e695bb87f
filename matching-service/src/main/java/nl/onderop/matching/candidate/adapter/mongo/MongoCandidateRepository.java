package nl.onderop.matching.candidate.adapter.mongo;

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

import nl.onderop.matching.candidate.application.CandidateRepository;
import nl.onderop.matching.candidate.domain.Candidate;
import nl.onderop.matching.common.adapter.mongo.UpsertUnlessNewer;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoCandidateRepository implements CandidateRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoCandidateRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, CandidateDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                        .on("organizations", Sort.Direction.ASC).named("tenant_status_organizations"),
                new Index().on("account", Sort.Direction.ASC).sparse().named("account")));
    }

    @Override
    public Mono<Boolean> upsertIfNewer(Candidate candidate) {
        return UpsertUnlessNewer.write(mongo, CandidateDocument.from(candidate), candidate.volunteerId(), candidate.version());
    }

    @Override
    public Mono<Void> delete(String volunteerId) {
        return mongo.remove(Query.query(where("_id").is(volunteerId)), CandidateDocument.class).then();
    }

    @Override
    public Mono<Candidate> findById(String volunteerId) {
        return mongo.findById(volunteerId, CandidateDocument.class).map(CandidateDocument::candidate);
    }

    @Override
    public Flux<Candidate> findByAccount(String account) {
        return mongo.find(Query.query(where("account").is(account)), CandidateDocument.class).map(CandidateDocument::candidate);
    }

    @Override
    public Flux<Candidate> findAvailable(String tenant, String organization, boolean pool) {
        Criteria whose = pool
                ? new Criteria().orOperator(where("organizations").is(organization), where("inPool").is(true))
                : where("organizations").is(organization);
        Query query = Query.query(where("tenant").is(tenant).and("status").is("active").andOperator(whose))
                .with(Sort.by("_id"));
        return mongo.find(query, CandidateDocument.class).map(CandidateDocument::candidate);
    }

    @Override
    public Mono<Long> count() {
        return mongo.count(new Query(), CandidateDocument.class);
    }

    @Override
    public Mono<Void> deleteAll() {
        return mongo.remove(new Query(), CandidateDocument.class).then();
    }
}
