package nl.onderop.e2e;

import java.nio.file.Path;
import java.util.Map;

import nl.onderop.devstack.DevStack;
import nl.onderop.devstack.DevStackConfig;

/**
 * The whole platform, started once per test JVM exactly as {@code bin/run-dev} starts it (same classes, same
 * jars), on free ports with Mongo in memory. Services accept no clock skew so that an expired token is refused
 * a moment after it expires.
 */
final class E2eStack {

    private static DevStack stack;

    private E2eStack() {
    }

    static synchronized DevStack get() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("onderop.repo.root", "..")).toAbsolutePath().normalize();
            DevStackConfig config = DevStackConfig.forTests(root, root.resolve("e2e-tests/target/e2e"))
                    .withDemoData(true);
            DevStack started = new DevStack(config);
            started.services().commonEnv(Map.of(
                    "ONDEROP_OIDC_CLOCK_SKEW", "0s",
                    "ONDEROP_OUTBOX_POLL_INTERVAL", "100ms"));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "e2e-stack-stop"));
            stack = started.start();
        }
        return stack;
    }
}
