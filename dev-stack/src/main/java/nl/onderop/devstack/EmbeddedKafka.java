package nl.onderop.devstack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.utils.Exit;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (spring-kafka-test's {@link EmbeddedKafkaKraftBroker}) in this JVM,
 * listening on a fixed port of 127.0.0.1. Its logs live in a temporary directory (under java.io.tmpdir), deleted at {@link #stop()}:
 * topics and offsets do not survive a restart of the dev stack (the services' data does, in Mongo).
 *
 * <p>{@code EmbeddedKafkaKraftBroker.kafkaPorts(..)} has no effect with KRaft (the test kit pre-binds a
 * random port for its own listener), so the broker gets a second listener, {@code DEVSTACK}, bound to the
 * requested port and advertised as {@code 127.0.0.1:<port>}; clients that bootstrap through it stay on it.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String LISTENER = "DEVSTACK";

    private final int requestedPort;
    private final List<Runnable> deferredCleanups = new CopyOnWriteArrayList<>();
    private final Runnable stopAtExit = this::stop;
    private EmbeddedKafkaKraftBroker broker;
    private int port;

    /** Port 0 picks a free port. */
    public EmbeddedKafka(int port) {
        this.requestedPort = port;
    }

    public synchronized EmbeddedKafka start() {
        if (broker != null) {
            return this;
        }
        Ports.requireFree(requestedPort, "Kafka");
        EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
        started.brokerProperties(Map.of(
                "listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0," + LISTENER + "://127.0.0.1:" + requestedPort,
                "listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT," + LISTENER + ":PLAINTEXT",
                "auto.create.topics.enable", "true",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        // Spring sets this system property to the test kit's own listener; the default name
        // (spring.kafka.bootstrap-servers) would redirect Spring Boot applications in the same JVM.
        started.brokerListProperty("onderop.devstack.kafka.internal-listener");
        // Kafka's test kit deletes its temporary directories from JVM shutdown hooks, which run while the dev stack
        // is still stopping the services (the broker then fails on its missing directory). Run them at stop() instead.
        Exit.setShutdownHookAdder((name, hook) -> deferredCleanups.add(hook));
        try {
            started.afterPropertiesSet();
        } finally {
            Exit.resetShutdownHookAdder();
        }
        broker = started;
        ChildProcessGuard.stopAtExit(stopAtExit);
        port = started.getCluster().brokers().values().iterator().next().boundPort(ListenerName.normalised(LISTENER));
        log.info("Kafka broker (KRaft) on {}", brokers());
        return this;
    }

    public synchronized void stop() {
        if (broker == null) {
            return;
        }
        ChildProcessGuard.forget(stopAtExit);
        try {
            broker.destroy();
        } finally {
            broker = null;
            deferredCleanups.forEach(EmbeddedKafka::runQuietly);
            deferredCleanups.clear();
            log.info("Kafka broker stopped");
        }
    }

    private static void runQuietly(Runnable cleanup) {
        try {
            cleanup.run();
        } catch (RuntimeException failed) {
            log.debug("Kafka clean-up failed", failed);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return broker != null;
    }

    public int port() {
        return port;
    }

    /** The bootstrap servers for clients: {@code 127.0.0.1:<port>}. */
    public String brokers() {
        return "127.0.0.1:" + port;
    }
}
