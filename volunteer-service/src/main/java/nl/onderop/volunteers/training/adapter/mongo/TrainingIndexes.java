package nl.onderop.volunteers.training.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/**
 * The training indexes, tenant first: an organisation's trainings and the tenant's open ones by start, and
 * a volunteer's enrolments (its own list, export and erasure).
 */
@Component
class TrainingIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    TrainingIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, TrainingDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("startsAt", Sort.Direction.ASC).named("tenant_organization_start"),
                new Index().on("tenant", Sort.Direction.ASC).on("openToTenant", Sort.Direction.ASC)
                        .on("startsAt", Sort.Direction.ASC).named("tenant_open_start"),
                new Index().on("tenant", Sort.Direction.ASC).on("enrolments.volunteerId", Sort.Direction.ASC)
                        .named("tenant_enrolled_volunteer"),
                new Index().on("tenant", Sort.Direction.ASC).on("enrolments.organization", Sort.Direction.ASC)
                        .named("tenant_enrolled_organization")));
    }
}
