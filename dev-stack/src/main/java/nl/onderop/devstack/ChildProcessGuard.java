package nl.onderop.devstack;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A safety net for library use (tests): child processes still running when the JVM exits are stopped, so a
 * failed test run leaves no Keycloak or service behind; in-process servers are stopped too. {@link DevStack#main} disables it and stops
 * everything itself, in order.
 */
final class ChildProcessGuard {

    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Set<Runnable> IN_PROCESS = ConcurrentHashMap.newKeySet();
    private static volatile boolean enabled = true;
    private static volatile boolean hookInstalled;

    private ChildProcessGuard() {
    }

    static void disable() {
        enabled = false;
    }

    static void register(ProcessHandle process) {
        RUNNING.add(process);
        installHook();
    }

    static void unregister(ProcessHandle process) {
        RUNNING.remove(process);
    }

    /** Runs {@code stop} at JVM exit (unless disabled): for in-process servers a test forgot to stop. */
    static void stopAtExit(Runnable stop) {
        IN_PROCESS.add(stop);
        installHook();
    }

    static void forget(Runnable stop) {
        IN_PROCESS.remove(stop);
    }

    private static synchronized void installHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (enabled) {
                RUNNING.parallelStream().filter(ProcessHandle::isAlive)
                        .forEach(process -> ProcessTree.terminate(process, Duration.ofSeconds(10)));
                IN_PROCESS.forEach(Runnable::run);
            }
        }, "dev-stack-child-guard"));
    }
}
