package nl.onderop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Free ports for tests, and a clear message when a fixed port is taken. */
public final class Ports {

    private Ports() {
    }

    /**
     * Ports are taken from below the kernel's ephemeral range (32768 and up on Linux): a port the operating
     * system hands out for {@code bind(0)} is also what it hands to the next outgoing connection, and a server
     * that binds it only later (Keycloak after its 60 s build) could find it taken. The search starts at a
     * random place so that parallel test JVMs rarely try the same ports.
     */
    static final int LOWEST = 20000;
    static final int HIGHEST_EXCLUSIVE = 32000;
    private static final AtomicInteger NEXT = new AtomicInteger(
            LOWEST + ThreadLocalRandom.current().nextInt(HIGHEST_EXCLUSIVE - LOWEST));

    /** {@code count} distinct ports that were free a moment ago (each checked on all addresses, then released). */
    public static synchronized int[] freePorts(int count) {
        int[] ports = new int[count];
        int found = 0;
        for (int tries = 0; found < count && tries < HIGHEST_EXCLUSIVE - LOWEST; tries++) {
            int candidate = LOWEST + Math.floorMod(NEXT.getAndIncrement() - LOWEST, HIGHEST_EXCLUSIVE - LOWEST);
            if (isFree(candidate)) {
                ports[found++] = candidate;
            }
        }
        if (found < count) {
            throw new IllegalStateException("Could not find " + count + " free ports between " + LOWEST + " and "
                    + HIGHEST_EXCLUSIVE);
        }
        return ports;
    }

    public static int freePort() {
        return freePorts(1)[0];
    }

    static boolean isFree(int port) {
        try (ServerSocket any = new ServerSocket()) {
            any.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /** Fails with a message naming the component when something already listens on {@code port}. */
    public static void requireFree(int port, String what) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new IllegalStateException("Port " + port + " for " + what
                    + " is already in use. Is another dev stack or service still running? (check with: ss -ltnp 'sport = :"
                    + port + "')");
        }
    }

}
