package nl.onderop.platform.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work that a service repeats on its own (scans, polls), without blocking a thread: one run at a time (a
 * tick that arrives while a run is busy is dropped), a failed run is logged and the next tick tries again,
 * and it starts and stops with the application. Subclasses say what one run does.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration firstRunAfter;
    private final Duration interval;
    private volatile Disposable running;

    protected PeriodicJob(String name, Duration firstRunAfter, Duration interval) {
        this.name = name;
        this.firstRunAfter = firstRunAfter;
        this.interval = interval;
    }

    /** One run; it may emit anything (a count, say), or nothing. */
    protected abstract Mono<?> runOnce();

    /** Whether the schedule runs at all (tests switch it off and call the run themselves). */
    protected boolean scheduled() {
        return true;
    }

    @Override
    public void start() {
        if (!scheduled()) {
            return;
        }
        running = Flux.interval(firstRunAfter, interval)
                .onBackpressureDrop()
                .concatMap(tick -> runOnce().onErrorResume(error -> {
                    log.warn("{} failed, will retry: {}", name, error.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
