package nl.onderop.reporting.directorysummary.adapter.mongo;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import nl.onderop.reporting.directorysummary.application.OrganizationFacts;
import nl.onderop.reporting.directorysummary.domain.OrganizationFact;

@Repository
class MongoOrganizationFacts implements OrganizationFacts {

    static final String COLLECTION = "organization_facts";

    private final ReactiveMongoTemplate mongo;

    MongoOrganizationFacts(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> upsert(OrganizationFact fact) {
        Query byId = Query.query(where("_id").is(fact.organizationId()));
        Update update = new Update().set("tenant", fact.tenant()).set("type", fact.type());
        return mongo.upsert(byId, update, COLLECTION).then();
    }

    @Override
    public Mono<Map<String, Long>> countByType(String tenant) {
        return mongo.aggregate(newAggregation(match(where("tenant").is(tenant)), group("type").count().as("count")),
                        COLLECTION, Document.class)
                .collectMap(row -> row.getString("_id"), row -> ((Number) row.get("count")).longValue());
    }
}
