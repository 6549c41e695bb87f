package nl.onderop.volunteers.attention.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/**
 * Tenant first: an organisation's check-ins with a volunteer, the tenant's settings, and a volunteer's
 * occurrences (for erasure). The occurrence's uniqueness is its id.
 */
@Component
class AttentionIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    AttentionIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, CheckInDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("volunteerId", Sort.Direction.ASC)
                        .on("organization", Sort.Direction.ASC).on("date", Sort.Direction.DESC)
                        .named("tenant_volunteer_organization_date")));
        StartupIndexes.ensure(mongo, AttentionSettingsDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .named("tenant_organization")));
        StartupIndexes.ensure(mongo, AttentionOccurrenceDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("volunteerId", Sort.Direction.ASC)
                        .named("tenant_volunteer")));
    }
}
