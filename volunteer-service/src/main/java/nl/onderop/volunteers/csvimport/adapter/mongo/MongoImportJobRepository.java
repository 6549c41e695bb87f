package nl.onderop.volunteers.csvimport.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.csvimport.application.ImportJobRepository;
import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.volunteers.csvimport.domain.ImportJobState;

@Repository
class MongoImportJobRepository implements ImportJobRepository {

    private static final List<String> ACTIVE = List.of(ImportJobState.QUEUED.name(), ImportJobState.RUNNING.name());

    private final ReactiveMongoTemplate mongo;

    MongoImportJobRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<ImportJob> save(ImportJob job) {
        return mongo.save(ImportJobDocument.from(job)).map(ImportJobDocument::toJob);
    }

    @Override
    public Mono<ImportJob> find(String tenant, String organization, String id) {
        return mongo.findOne(Query.query(where("_id").is(id).and("tenant").is(tenant).and("organization").is(organization)),
                ImportJobDocument.class).map(ImportJobDocument::toJob);
    }

    @Override
    public Mono<Boolean> lock(String tenant, String organization, String jobId, Instant now) {
        return mongo.insert(new ImportLockDocument(ImportLockDocument.idOf(tenant, organization), tenant, organization,
                        jobId, now))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, held -> Mono.just(false));
    }

    @Override
    public Mono<String> lockHolder(String tenant, String organization) {
        return mongo.findOne(Query.query(where("_id").is(ImportLockDocument.idOf(tenant, organization))
                .and("tenant").is(tenant)), ImportLockDocument.class).map(ImportLockDocument::jobId);
    }

    @Override
    public Mono<Void> unlock(String tenant, String organization, String jobId) {
        return mongo.remove(Query.query(where("_id").is(ImportLockDocument.idOf(tenant, organization))
                .and("tenant").is(tenant).and("jobId").is(jobId)), ImportLockDocument.class).then();
    }

    @Override
    public Mono<Long> failInterrupted(String instance, Instant staleBefore, String reason, Instant now) {
        Query interrupted = Query.query(where("state").in(ACTIVE)
                .orOperator(where("instance").is(instance), where("updatedAt").lt(staleBefore)));
        return mongo.find(interrupted, ImportJobDocument.class)
                .map(ImportJobDocument::toJob)
                .concatMap(job -> save(job.failed(reason, now))
                        .then(unlock(job.tenant(), job.organization(), job.id())))
                .count();
    }

    @Override
    public Flux<ImportJob> findFinishedWithProblemValues(Instant finishedBefore) {
        return mongo.find(Query.query(where("finishedAt").lt(finishedBefore).and("problems.value").exists(true)),
                ImportJobDocument.class).map(ImportJobDocument::toJob);
    }
}
