package nl.onderop.matching.outcome.adapter.mongo;

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

import nl.onderop.matching.common.adapter.mongo.VersionedUpdate;
import nl.onderop.matching.outcome.application.StoryRepository;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.storage.StartupIndexes;

@Repository
class MongoStoryRepository implements StoryRepository, SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    MongoStoryRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, StoryDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("matchId", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC).named("tenant_match_created"),
                new Index().on("tenant", Sort.Direction.ASC).on("newcomerId", Sort.Direction.ASC).named("tenant_newcomer"),
                new Index().on("tenant", Sort.Direction.ASC).on("authorVolunteerId", Sort.Direction.ASC).sparse()
                        .named("tenant_author_volunteer")));
    }

    @Override
    public Mono<Story> insert(Story story) {
        return mongo.insert(StoryDocument.from(story, List.of())).map(StoryDocument::toStory);
    }

    @Override
    public Mono<Story> update(Story changed, long expectedVersion, List<OutboxMessage> events) {
        return VersionedUpdate.apply(mongo, where("_id").is(changed.id()).and("tenant").is(changed.tenant()), expectedVersion, StoryDocument.from(changed, List.of()), events, changed);
    }

    @Override
    public Mono<Story> findById(String id) {
        return mongo.findById(id, StoryDocument.class).map(StoryDocument::toStory);
    }

    @Override
    public Flux<Story> findByMatch(String tenant, String matchId, Rater author, long skip, int limit) {
        return mongo.find(ofMatch(tenant, matchId, author).with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                .skip(skip).limit(limit), StoryDocument.class).map(StoryDocument::toStory);
    }

    @Override
    public Mono<Long> countByMatch(String tenant, String matchId, Rater author) {
        return mongo.count(ofMatch(tenant, matchId, author), StoryDocument.class);
    }

    @Override
    public Flux<Story> findByNewcomer(String tenant, String newcomerId) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("newcomerId").is(newcomerId).and("erasedAt").isNull())
                .with(Sort.by("createdAt", "_id")), StoryDocument.class).map(StoryDocument::toStory);
    }

    @Override
    public Flux<Story> findByAuthorVolunteer(String tenant, String volunteerId) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("authorVolunteerId").is(volunteerId)
                .and("erasedAt").isNull()).with(Sort.by("createdAt", "_id")), StoryDocument.class).map(StoryDocument::toStory);
    }

    @Override
    public Mono<Void> delete(Story story) {
        return mongo.remove(Query.query(where("_id").is(story.id()).and("tenant").is(story.tenant())), StoryDocument.class)
                .then();
    }

    private static Query ofMatch(String tenant, String matchId, Rater author) {
        Criteria criteria = where("tenant").is(tenant).and("matchId").is(matchId).and("erasedAt").isNull();
        if (author != null) {
            criteria = criteria.and("author").is(author.value());
        }
        return Query.query(criteria);
    }
}
