package nl.onderop.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class InMemoryWindowCounterTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock();
    private final InMemoryWindowCounter counter = new InMemoryWindowCounter(clock);

    @Test
    void countsCallsPerKeyUntilTheWindowEnds() {
        assertThat(counter.increment("a", MINUTE).block()).isEqualTo(new WindowCount(1, 60_000));
        clock.advance(Duration.ofSeconds(20));
        assertThat(counter.increment("a", MINUTE).block()).isEqualTo(new WindowCount(2, 40_000));
        assertThat(counter.increment("b", MINUTE).block()).isEqualTo(new WindowCount(1, 60_000));

        clock.advance(Duration.ofSeconds(40));
        assertThat(counter.increment("a", MINUTE).block()).as("a new window").isEqualTo(new WindowCount(1, 60_000));
    }

    @Test
    void forgetsCallersWhoseWindowEnded() {
        for (int caller = 0; caller < 100; caller++) {
            counter.increment("caller-" + caller, MINUTE).block();
        }
        assertThat(counter.size()).isEqualTo(100);

        clock.advance(Duration.ofMinutes(2));
        counter.increment("someone-else", MINUTE).block();

        assertThat(counter.size()).isEqualTo(1);
    }
}
