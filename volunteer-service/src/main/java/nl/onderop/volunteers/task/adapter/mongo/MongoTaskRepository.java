package nl.onderop.volunteers.task.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;
import nl.onderop.volunteers.task.application.TaskRepository;
import nl.onderop.volunteers.task.domain.Task;
import nl.onderop.volunteers.task.domain.TaskStatus;

@Repository
class MongoTaskRepository implements TaskRepository {

    private static final String OPEN = TaskStatus.OPEN.value();

    private final ReactiveMongoTemplate mongo;

    MongoTaskRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Task> insert(Task task, List<OutboxMessage> events) {
        return mongo.insert(TaskDocument.from(task, events)).map(TaskDocument::asTask);
    }

    @Override
    public Mono<Task> update(Task task, long expectedVersion, List<OutboxMessage> events) {
        Query current = Query.query(where("_id").is(task.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(current, OutboxUpdate.of(mongo.getConverter(), TaskDocument.from(task, List.of()), events),
                        TaskDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> task);
    }

    /**
     * On the version read, so that the event names the sign-ups the reminder is about, and on no reminder yet;
     * the version goes up so that a sign-up written from an older read cannot reset {@code reminderSent}.
     */
    @Override
    public Mono<Boolean> recordReminder(Task task, OutboxMessage event) {
        Query unreminded = Query.query(where("_id").is(task.id()).and("version").is(task.version())
                .and("reminderSent").is(false));
        Update update = new Update().set("reminderSent", true).inc("version", 1).push(OutboxMessage.FIELD, event);
        return mongo.updateFirst(unreminded, update, TaskDocument.class).map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Task> findById(String id) {
        return mongo.findById(id, TaskDocument.class).map(TaskDocument::asTask);
    }

    @Override
    public Flux<Task> findUpcoming(String tenant, Collection<String> organizations, boolean onlyOpen, boolean withPool,
                                   Instant now, int skip, int limit) {
        Query query = upcoming(tenant, organizations, onlyOpen, withPool, now)
                .with(Sort.by(Sort.Direction.ASC, "startsAt", "_id")).skip(skip).limit(limit);
        return mongo.find(query, TaskDocument.class).map(TaskDocument::asTask);
    }

    @Override
    public Mono<Long> countUpcoming(String tenant, Collection<String> organizations, boolean onlyOpen, boolean withPool,
                                    Instant now) {
        return mongo.count(upcoming(tenant, organizations, onlyOpen, withPool, now), TaskDocument.class);
    }

    private static Query upcoming(String tenant, Collection<String> organizations, boolean onlyOpen, boolean withPool,
                                  Instant now) {
        List<Criteria> either = new ArrayList<>();
        Criteria own = where("organization").in(organizations);
        either.add(onlyOpen ? own.and("status").is(OPEN) : own);
        if (withPool) {
            either.add(where("openToPool").is(true).and("status").is(OPEN));
        }
        return Query.query(where("tenant").is(tenant).and("endsAt").gt(now)
                .orOperator(either.toArray(Criteria[]::new)));
    }

    @Override
    public Flux<Task> findSignedUpBy(String tenant, String volunteerId) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("signUps.volunteerId").is(volunteerId)),
                TaskDocument.class).map(TaskDocument::asTask);
    }

    @Override
    public Flux<Task> findFromHelpRequest(String tenant, String requestId) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("helpRequest.requestId").is(requestId)),
                TaskDocument.class).map(TaskDocument::asTask);
    }

    @Override
    public Flux<Task> findDueForReminder(String tenant, Instant now, Instant until) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("status").is(OPEN).and("reminderSent").is(false)
                        .and("startsAt").gt(now).lte(until)), TaskDocument.class)
                .map(TaskDocument::asTask);
    }
}
