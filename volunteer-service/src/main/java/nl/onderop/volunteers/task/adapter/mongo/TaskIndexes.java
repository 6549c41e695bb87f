package nl.onderop.volunteers.task.adapter.mongo;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.onderop.platform.storage.StartupIndexes;

/**
 * The task indexes, tenant first: an organisation's tasks, the pool's tasks, a volunteer's sign-ups, reminders,
 * the tasks of a help request.
 */
@Component
class TaskIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    TaskIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StartupIndexes.ensure(mongo, TaskDocument.COLLECTION, List.of(
                new Index().on("tenant", Sort.Direction.ASC).on("organization", Sort.Direction.ASC)
                        .on("endsAt", Sort.Direction.ASC).named("tenant_organization_ends"),
                new Index().on("tenant", Sort.Direction.ASC).on("openToPool", Sort.Direction.ASC)
                        .on("status", Sort.Direction.ASC).on("endsAt", Sort.Direction.ASC).named("tenant_pool_ends"),
                new Index().on("tenant", Sort.Direction.ASC).on("signUps.volunteerId", Sort.Direction.ASC)
                        .named("tenant_sign_up_volunteer"),
                new Index().on("tenant", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                        .on("reminderSent", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC).named("tenant_reminder_due"),
                new Index().on("tenant", Sort.Direction.ASC).on("helpRequest.requestId", Sort.Direction.ASC)
                        .named("tenant_help_request")));
    }
}
