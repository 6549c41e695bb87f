package nl.onderop.volunteers.volunteer.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/** The volunteer indexes, tenant first: an organisation's volunteers, the tenant pool, and the login account. */
@Component
class VolunteerIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    VolunteerIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, VolunteerDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organizations", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC).named("tenant_organization_status"),
                new Index().on("tenant", Sort.Direction.ASC).on("inPool", Sort.Direction.ASC).named("tenant_pool"),
                new Index().on("account", Sort.Direction.ASC).sparse().named("account")));
    }
}
