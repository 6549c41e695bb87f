package nl.onderop.directory.organization.adapter.mongo;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Creates the indexes (tenant first) before the service takes traffic. Waits on the start-up thread, which
 * is not an event loop: a unique slug per tenant must hold from the first request on.
 */
@Component
class OrganizationIndexes implements SmartInitializingSingleton {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ReactiveMongoTemplate mongo;

    OrganizationIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(OrganizationDocument.COLLECTION);
        try {
            Flux.concat(
                            indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("slug", Sort.Direction.ASC)
                                    .unique().named("tenant_slug_unique")),
                            indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                                    .on("name", Sort.Direction.ASC).named("tenant_status_name")))
                    .then()
                    .toFuture()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the organisation indexes", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Could not create the organisation indexes", failed);
        }
    }
}
