package nl.onderop.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real single-node KRaft Kafka broker for tests, started once per JVM. Set {@code ONDEROP_TEST_KAFKA_BROKERS},
 * or {@code ONDEROP_TEST_INFRA=testcontainers} where Docker runs, to use another broker instead.
 */
public final class TestKafka {

    private static String brokers;

    private TestKafka() {
    }

    public static synchronized String brokers() {
        if (brokers == null) {
            String external = TestInfrastructureMode.external("ONDEROP_TEST_KAFKA_BROKERS");
            if (external != null) {
                brokers = external;
            } else if (TestInfrastructureMode.testcontainers()) {
                KafkaContainer container = new KafkaContainer(TestInfrastructureMode.KAFKA_IMAGE);
                container.start();
                brokers = container.getBootstrapServers();
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
