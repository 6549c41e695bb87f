package nl.onderop.directory.service.adapter.mongo;

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

/** Creates the service indexes (tenant first where a query has a tenant) before the service takes traffic. */
@Component
class ServiceIndexes implements SmartInitializingSingleton {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ReactiveMongoTemplate mongo;

    ServiceIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(ServiceDocument.COLLECTION);
        try {
            Flux.concat(
                            indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC)
                                    .on("publication", Sort.Direction.ASC).on("confirmedOn", Sort.Direction.ASC)
                                    .named("tenant_publication_confirmed")),
                            indexes.createIndex(new Index().on("organizationId", Sort.Direction.ASC)
                                    .named("organization")),
                            indexes.createIndex(new Index().on("updatedAt", Sort.Direction.ASC).named("updated")))
                    .then()
                    .toFuture()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the service indexes", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Could not create the service indexes", failed);
        }
    }
}
