package nl.onderop.matching.match.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.match.application.MatchingRun;
import nl.onderop.matching.match.application.MatchingRunRepository;
import nl.onderop.platform.storage.StartupIndexes;

/**
 * Runs, and the one lock per organisation ({@code matching_run_locks}): a document whose id is the
 * organisation; a lock older than {@link #LEASE} (a crashed instance) can be taken over.
 */
@Repository
class MongoMatchingRunRepository implements MatchingRunRepository, SmartInitializingSingleton {

    static final String LOCKS = "matching_run_locks";
    static final Duration LEASE = Duration.ofMinutes(2);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    MongoMatchingRunRepository(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, MatchingRunDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("run.startedAt", Sort.Direction.DESC).named("tenant_organization_started")));
    }

    @Override
    public Mono<MatchingRun> insert(MatchingRun run) {
        return mongo.insert(new MatchingRunDocument(run.id(), run.tenant(), run.organization(), run))
                .map(MatchingRunDocument::run);
    }

    @Override
    public Flux<MatchingRun> findByOrganization(String tenant, String organization, int limit) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("organization").is(organization))
                        .with(Sort.by(Sort.Direction.DESC, "run.startedAt")).limit(limit), MatchingRunDocument.class)
                .map(MatchingRunDocument::run);
    }

    @Override
    public Mono<Boolean> lock(String tenant, String organization, String runId) {
        String id = tenant + ":" + organization;
        Instant now = Instant.now(clock);
        Document lock = new Document("_id", id).append("runId", runId).append("until", Date.from(now.plus(LEASE)));
        return mongo.getCollection(LOCKS).flatMap(collection -> Mono.from(collection.insertOne(lock)))
                .thenReturn(true)
                .onErrorResume(error -> isDuplicate(error), taken -> mongo.updateFirst(
                                Query.query(where("_id").is(id).and("until").lt(Date.from(now))),
                                new Update().set("runId", runId).set("until", Date.from(now.plus(LEASE))), LOCKS)
                        .map(result -> result.getModifiedCount() == 1));
    }

    @Override
    public Mono<Void> unlock(String tenant, String organization, String runId) {
        return mongo.remove(Query.query(where("_id").is(tenant + ":" + organization).and("runId").is(runId)), LOCKS).then();
    }

    private static boolean isDuplicate(Throwable error) {
        return error instanceof DuplicateKeyException
                || (error instanceof MongoWriteException write && write.getError().getCode() == 11000);
    }
}
