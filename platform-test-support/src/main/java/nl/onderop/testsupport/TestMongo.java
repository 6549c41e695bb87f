package nl.onderop.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A MongoDB-wire server for tests, shared by all tests of one JVM: the real driver talks to it over TCP.
 * Set {@code ONDEROP_TEST_MONGODB_URI}, or {@code ONDEROP_TEST_INFRA=testcontainers} where Docker runs, to use a
 * real MongoDB instead.
 */
public final class TestMongo {

    private static String baseUri;

    private TestMongo() {
    }

    /** A connection string for a database of its own, so test classes do not see each other's data. */
    public static synchronized String uri(String database) {
        if (baseUri == null) {
            String external = TestInfrastructureMode.external("ONDEROP_TEST_MONGODB_URI");
            if (external != null) {
                baseUri = external.replaceAll("/+$", "");
            } else if (TestInfrastructureMode.testcontainers()) {
                MongoDBContainer container = new MongoDBContainer(TestInfrastructureMode.MONGO_IMAGE);
                container.start();
                baseUri = container.getConnectionString();
            } else {
                // replies are snapshots: see SnapshotMemoryBackend for the race the plain backend has
                MongoServer server = new MongoServer(new SnapshotMemoryBackend());
                server.bind("127.0.0.1", 0);
                InetSocketAddress address = server.getLocalAddress();
                baseUri = "mongodb://127.0.0.1:" + address.getPort();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-stop"));
            }
        }
        return baseUri + "/" + database;
    }
}
