package nl.onderop.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;

/**
 * Fixed windows in this instance's memory: the store of a single gateway without Redis, and the fallback while
 * Redis cannot be reached. Ended windows are swept out once per window length, so the map only holds callers
 * seen recently.
 */
final class InMemoryWindowCounter implements WindowCounter {

    private record Window(long endsAt, long calls) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Clock clock;

    InMemoryWindowCounter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<WindowCount> increment(String key, Duration window) {
        return Mono.fromSupplier(() -> count(key, window.toMillis()));
    }

    WindowCount count(String key, long windowMillis) {
        long now = clock.millis();
        sweepEndedWindows(now, windowMillis);
        Window current = windows.compute(key, (ignored, old) -> old == null || old.endsAt() <= now
                ? new Window(now + windowMillis, 1)
                : new Window(old.endsAt(), old.calls() + 1));
        return new WindowCount(current.calls(), current.endsAt() - now);
    }

    int size() {
        return windows.size();
    }

    private void sweepEndedWindows(long now, long windowMillis) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + windowMillis)) {
            windows.values().removeIf(window -> window.endsAt() <= now);
        }
    }
}
