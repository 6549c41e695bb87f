package nl.onderop.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service under test at the shared test Mongo, Kafka and token issuer. */
public final class PlatformTestInfrastructure {

    private PlatformTestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> TestMongo.uri(database));
        registry.add("spring.cloud.stream.kafka.binder.brokers", TestKafka::brokers);
        registry.add("onderop.security.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("onderop.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
        registry.add("management.server.port", () -> "0");
    }
}
