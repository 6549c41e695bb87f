package nl.onderop.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping a process with everything it spawned, and reading resident memory from {@code /proc}. */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Sends SIGTERM to the process and all its descendants (taken as a snapshot first: a child whose parent
     * exits is re-parented and would be missed), waits up to {@code grace}, then sends SIGKILL to what is left.
     *
     * @return true when everything stopped within the grace period
     */
    public static boolean terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = snapshot(root);
        all.forEach(ProcessHandle::destroy);
        boolean graceful = awaitExit(all, grace);
        if (!graceful) {
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(all, Duration.ofSeconds(10));
        }
        return graceful;
    }

    /**
     * {@code setsid} where it exists: a child in a session of its own does not get the terminal's Ctrl-C, so the
     * dev stack can stop its children in order (gateway first). {@code setsid} execs in place (no extra process).
     */
    static List<String> newSessionPrefix() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate);
            }
        }
        return List.of();
    }

    /** SIGKILL to the process and all its descendants, as a crash would. */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> all = snapshot(root);
        all.forEach(ProcessHandle::destroyForcibly);
        awaitExit(all, Duration.ofSeconds(10));
    }

    /** The resident set size of one process in KiB ({@code VmRSS} in {@code /proc/<pid>/status}); 0 if unknown. */
    public static long residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process exited, or this is not Linux
        }
        return 0;
    }

    /** The resident set size of a process and all its descendants in KiB. */
    public static long treeResidentKib(ProcessHandle root) {
        return snapshot(root).stream().mapToLong(handle -> residentKib(handle.pid())).sum();
    }

    private static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        root.descendants().forEach(all::add);
        all.add(root);
        return all;
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException unexpected) {
                return !handle.isAlive();
            }
        }
        return true;
    }
}
