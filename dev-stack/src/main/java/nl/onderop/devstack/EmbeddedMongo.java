package nl.onderop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire server (mongo-java-server) on 127.0.0.1. Persistent mode keeps its data in one H2 MVStore
 * file, {@code <dataDir>/mongo/onderop.mv}, so a second start sees the data of the first; in-memory mode is
 * for tests. Not supported by the server: sessions, transactions, change streams, {@code $text}, geo queries.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final Path dataFile;
    private final int requestedPort;
    private final Runnable stopAtExit = this::stop;
    private MongoServer server;
    private int port;

    private EmbeddedMongo(Path dataFile, int port) {
        this.dataFile = dataFile;
        this.requestedPort = port;
    }

    /** Data in {@code <dataDir>/mongo/onderop.mv}; port 0 picks a free port. */
    public static EmbeddedMongo persistent(Path dataDir, int port) {
        return new EmbeddedMongo(dataDir.resolve("mongo").resolve("onderop.mv"), port);
    }

    /** Data in memory only, gone at {@link #stop()}; port 0 picks a free port. */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(null, port);
    }

    public synchronized EmbeddedMongo start() {
        if (server != null) {
            return this;
        }
        Ports.requireFree(requestedPort, "MongoDB");
        MongoBackend backend = dataFile == null ? H2Backend.inMemory() : openFile();
        MongoServer started = new MongoServer(backend);
        try {
            started.bind("127.0.0.1", requestedPort);
        } catch (RuntimeException bindFailed) {
            backend.close();
            throw bindFailed;
        }
        server = started;
        port = started.getLocalAddress().getPort();
        ChildProcessGuard.stopAtExit(stopAtExit);
        log.info("MongoDB-wire server on 127.0.0.1:{} ({})", port, dataFile == null ? "in memory" : dataFile);
        return this;
    }

    private MongoBackend openFile() {
        try {
            Files.createDirectories(dataFile.getParent());
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot create " + dataFile.getParent(), failed);
        }
        try {
            return new H2Backend(dataFile.toString());
        } catch (RuntimeException locked) {
            throw new IllegalStateException("Cannot open " + dataFile + " (is another dev stack using this data dir?): "
                    + locked.getMessage(), locked);
        }
    }

    /** Stops listening and closes the backend, which commits and closes the H2 file. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        ChildProcessGuard.forget(stopAtExit);
        server.shutdown();
        server = null;
        log.info("MongoDB-wire server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    /** {@code mongodb://127.0.0.1:<port>} */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>} */
    public String connectionString(String database) {
        return connectionString() + "/" + database;
    }

    /** The H2 file, or null in memory mode. */
    public Path dataFile() {
        return dataFile;
    }
}
