package nl.onderop.volunteers.introduction.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;
import nl.onderop.platform.storage.StartupIndexes;
import nl.onderop.volunteers.introduction.application.IntroductionRepository;
import nl.onderop.volunteers.introduction.domain.Introduction;

@Repository
class MongoIntroductionRepository implements IntroductionRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoIntroductionRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, IntroductionDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("volunteerId", Sort.Direction.ASC).named("tenant_volunteer")));
    }

    @Override
    public Mono<Introduction> insert(Introduction introduction, List<OutboxMessage> events) {
        return mongo.insert(IntroductionDocument.from(introduction, events)).map(IntroductionDocument::toIntroduction);
    }

    @Override
    public Mono<Introduction> answer(Introduction answered, List<OutboxMessage> events) {
        Query open = Query.query(where("_id").is(answered.id()).and("status").is("requested"));
        return mongo.updateFirst(open, OutboxUpdate.of(mongo.getConverter(), IntroductionDocument.from(answered, List.of()), events),
                        IntroductionDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> answered);
    }

    @Override
    public Mono<Introduction> findById(String id) {
        return mongo.findById(id, IntroductionDocument.class).map(IntroductionDocument::toIntroduction);
    }

    @Override
    public Flux<Introduction> findByVolunteer(String volunteerId) {
        return mongo.find(Query.query(where("volunteerId").is(volunteerId)), IntroductionDocument.class)
                .map(IntroductionDocument::toIntroduction);
    }

    @Override
    public Mono<Void> deleteByVolunteer(String volunteerId) {
        return mongo.remove(Query.query(where("volunteerId").is(volunteerId)), IntroductionDocument.class).then();
    }
}
