package nl.onderop.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node KRaft Kafka broker for tests, started once per JVM. Set
 * {@code ONDEROP_TEST_KAFKA_BROKERS} to use an existing broker instead.
 */
public final class TestKafka {

    private static String brokers;

    private TestKafka() {
    }

    public static synchronized String brokers() {
        if (brokers == null) {
            String external = System.getenv("ONDEROP_TEST_KAFKA_BROKERS");
            if (external != null && !external.isBlank()) {
                brokers = external;
            } else {
                EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
                broker.afterPropertiesSet();
                brokers = broker.getBrokersAsString();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
            }
        }
        return brokers;
    }
}
