package nl.onderop.testsupport;

/**
 * Where the tests' MongoDB and Kafka come from. By default they are embedded (a MongoDB-wire server and a
 * KRaft broker in the test JVM), which needs nothing but Java. Set {@code ONDEROP_TEST_INFRA=testcontainers}
 * on a machine with a Docker engine to run the same suites against real MongoDB and Kafka containers, or
 * name existing servers with {@code ONDEROP_TEST_MONGODB_URI} / {@code ONDEROP_TEST_KAFKA_BROKERS}.
 */
final class TestInfrastructureMode {

    static final String MONGO_IMAGE = "mongo:8.0";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private TestInfrastructureMode() {
    }

    static boolean testcontainers() {
        return "testcontainers".equalsIgnoreCase(System.getenv("ONDEROP_TEST_INFRA"));
    }

    static String external(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? null : value;
    }
}
