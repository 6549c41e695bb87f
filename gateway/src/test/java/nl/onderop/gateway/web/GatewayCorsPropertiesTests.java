package nl.onderop.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayCorsPropertiesTests {

    @Test
    void emptyMeansNoCrossOriginCalls() {
        assertThat(new GatewayCorsProperties(null).allowedOrigins()).isEmpty();
        assertThat(new GatewayCorsProperties(List.of("", " ")).allowedOrigins()).isEmpty();
    }

    @Test
    void acceptsPlainOrigins() {
        assertThat(new GatewayCorsProperties(List.of(" https://kaart.delft.nl", "http://localhost:5173")).allowedOrigins())
                .containsExactly("https://kaart.delft.nl", "http://localhost:5173");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.delft.nl", "https://kaart.delft.nl/", "https://kaart.delft.nl/app",
            "kaart.delft.nl", "ftp://kaart.delft.nl", "https://user@kaart.delft.nl"})
    void refusesAnythingButAnOrigin(String origin) {
        assertThatIllegalArgumentException().isThrownBy(() -> new GatewayCorsProperties(List.of(origin)));
    }
}
