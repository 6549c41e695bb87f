package nl.onderop.volunteers.activity.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/** Tenant first: a volunteer's log (per organisation, newest first) and its meetings of one kind since a date. */
@Component
class ActivityIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    ActivityIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, ActivityDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("volunteerId", Sort.Direction.ASC)
                        .on("organization", Sort.Direction.ASC).on("date", Sort.Direction.DESC)
                        .named("tenant_volunteer_organization_date"),
                new Index().on("tenant", Sort.Direction.ASC).on("volunteerId", Sort.Direction.ASC)
                        .on("kind", Sort.Direction.ASC).on("date", Sort.Direction.DESC).named("tenant_volunteer_kind_date")));
    }
}
