package nl.onderop.volunteers.csvimport.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/** Tenant first: an organisation's jobs (the start-up sweep reads across tenants, rarely). Locks need only their id. */
@Component
class ImportJobIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    ImportJobIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, ImportJobDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC).named("tenant_organization_created"),
                new Index().on("state", Sort.Direction.ASC).named("state")));
    }
}
