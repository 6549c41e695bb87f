package nl.onderop.volunteers.volunteer.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.events.OutboxMessage;
import nl.onderop.platform.events.OutboxUpdate;
import nl.onderop.volunteers.volunteer.application.DuplicateAccountException;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.application.VolunteerSearch;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

@Repository
class MongoVolunteerRepository implements VolunteerRepository {

    private final ReactiveMongoTemplate mongo;

    MongoVolunteerRepository(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One profile per login account, held by the unique {@code account_unique} index (see VolunteerIndexes). */
    @Override
    public Mono<Volunteer> insert(Volunteer volunteer, List<OutboxMessage> events) {
        return mongo.insert(VolunteerDocument.from(volunteer, events)).map(VolunteerDocument::toVolunteer)
                .onErrorMap(DuplicateKeyException.class, duplicate -> new DuplicateAccountException());
    }

    @Override
    public Flux<Volunteer> insertAll(List<Map.Entry<Volunteer, List<OutboxMessage>>> volunteersWithEvents) {
        return mongo.insertAll(volunteersWithEvents.stream()
                        .map(entry -> VolunteerDocument.from(entry.getKey(), entry.getValue())).toList())
                .map(VolunteerDocument::toVolunteer);
    }

    @Override
    public Mono<Volunteer> update(Volunteer volunteer, long expectedVersion, List<OutboxMessage> events) {
        Query current = Query.query(where("_id").is(volunteer.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(current,
                        OutboxUpdate.of(mongo.getConverter(), VolunteerDocument.from(volunteer, List.of()), events),
                        VolunteerDocument.class)
                .filter(result -> result.getMatchedCount() == 1)
                .map(result -> volunteer);
    }

    @Override
    public Mono<Volunteer> findById(String id) {
        return mongo.findById(id, VolunteerDocument.class).map(VolunteerDocument::toVolunteer);
    }

    @Override
    public Mono<Volunteer> findByAccount(String account) {
        return mongo.findOne(Query.query(where("account").is(account)), VolunteerDocument.class)
                .map(VolunteerDocument::toVolunteer);
    }

    @Override
    public Flux<Volunteer> findByTenant(String tenant) {
        return mongo.find(Query.query(where("tenant").is(tenant)), VolunteerDocument.class).map(VolunteerDocument::toVolunteer);
    }

    @Override
    public Flux<Volunteer> findForSearch(VolunteerSearch search) {
        Query query = search.pool()
                ? Query.query(where("tenant").is(search.tenant()).and("inPool").is(true))
                : Query.query(where("tenant").is(search.tenant()).and("organizations").is(search.organization()));
        if (search.status() != null) {
            query.addCriteria(where("status").is(search.status().value()));
        }
        if (search.language() != null) {
            query.addCriteria(where("profile.languages.code").is(search.language()));
        }
        // narrowed in the store as far as it can express; VolunteerSearch.matches checks the rest exactly
        if (search.skill() != null) {
            query.addCriteria(where("profile.skills").is(search.skill()));
        }
        if (search.district() != null) {
            query.addCriteria(where("profile.district").regex("^" + Pattern.quote(search.district()) + "$", "i"));
        }
        if (search.day() != null) {
            query.addCriteria(where("profile.availability.day").is(search.day().name()));
        }
        return mongo.find(query, VolunteerDocument.class).map(VolunteerDocument::toVolunteer);
    }
}
