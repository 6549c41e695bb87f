package nl.onderop.volunteers.volunteer.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/**
 * The volunteer indexes, tenant first: an organisation's volunteers, the tenant pool, and the login account,
 * unique over the profiles that have one (registered and imported volunteers have none; erasure removes it), so
 * two first saves at the same moment can never make two profiles for one account. Sparse rather than partial:
 * the store never writes a null account (the converter skips nulls, OutboxUpdate unsets them), so both mean the
 * same in MongoDB, and mongo-java-server, which the tests run on, honours sparse but ignores a partial filter.
 */
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
                new Index().on("account", Sort.Direction.ASC).unique().sparse().named("account_unique")));
    }
}
