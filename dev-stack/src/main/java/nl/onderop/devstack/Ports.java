package nl.onderop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free ports for tests, and a clear message when a fixed port is taken. */
public final class Ports {

    private Ports() {
    }

    /** {@code count} distinct ports that were free a moment ago (all held open together, then released). */
    public static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                sockets.add(socket);
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not find free ports", failed);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    public static int freePort() {
        return freePorts(1)[0];
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

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // released anyway
        }
    }
}
