package nl.onderop.platform.storage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import reactor.core.publisher.Flux;

/**
 * Creates a collection's indexes before the service takes traffic (call it from a
 * {@code SmartInitializingSingleton}): waits on the start-up thread, which is not an event loop, so that a
 * unique index holds from the first request on. Creating an index that exists is a no-op.
 */
public final class StartupIndexes {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private StartupIndexes() {
    }

    public static void ensure(ReactiveMongoTemplate mongo, String collection, List<Index> indexes) {
        var operations = mongo.indexOps(collection);
        try {
            Flux.fromIterable(indexes)
                    .concatMap(operations::createIndex)
                    .then()
                    .toFuture()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the indexes of " + collection, interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Could not create the indexes of " + collection, failed);
        }
    }
}
