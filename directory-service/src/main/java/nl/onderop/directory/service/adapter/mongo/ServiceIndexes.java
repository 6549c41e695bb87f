package nl.onderop.directory.service.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/** The service indexes (tenant first where a query has a tenant), before the service takes traffic. */
@Component
class ServiceIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    ServiceIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, ServiceDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("publication", Sort.Direction.ASC)
                        .on("confirmedOn", Sort.Direction.ASC).named("tenant_publication_confirmed"),
                new Index().on("organizationId", Sort.Direction.ASC).named("organization"),
                new Index().on("updatedAt", Sort.Direction.ASC).named("updated")));
    }
}
