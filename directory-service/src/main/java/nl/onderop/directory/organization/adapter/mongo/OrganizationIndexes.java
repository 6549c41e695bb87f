package nl.onderop.directory.organization.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/** The organisation indexes, tenant first: a unique slug per tenant must hold from the first request on. */
@Component
class OrganizationIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    OrganizationIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, OrganizationDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("slug", Sort.Direction.ASC).unique().named("tenant_slug_unique"),
                new Index().on("tenant", Sort.Direction.ASC).on("status", Sort.Direction.ASC).on("name", Sort.Direction.ASC)
                        .named("tenant_status_name")));
    }
}
