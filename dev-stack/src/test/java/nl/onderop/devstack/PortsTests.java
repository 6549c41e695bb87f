package nl.onderop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PortsTests {

    @Test
    void handsOutDistinctBindablePortsBelowTheEphemeralRange() throws IOException {
        int[] ports = Ports.freePorts(20);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(20);
        assertThat(Arrays.stream(ports).boxed()).allSatisfy(port -> assertThat(port).isBetween(Ports.LOWEST, Ports.HIGHEST_EXCLUSIVE - 1));
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void skipsAPortThatIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(Ports.freePort()));

            assertThat(Ports.isFree(taken.getLocalPort())).isFalse();
        }
    }
}
