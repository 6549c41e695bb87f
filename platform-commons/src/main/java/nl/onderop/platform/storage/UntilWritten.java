package nl.onderop.platform.storage;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The one retry for an internal read-modify-write that must not give up quietly (an erasure above all): a
 * versioned write that meets a newer version (an empty result) is read again and tried again, a few times with
 * back-off, and after that fails loudly ({@link StaleWrite}), so that an event is not acknowledged and the
 * consumer's retries and dead-letter topic take over. Each attempt must read afresh.
 */
public final class UntilWritten {

    private static final int ATTEMPTS = 5;

    /** A write that lost the race against another change of the same document. */
    public static final class StaleWrite extends RuntimeException {
        public StaleWrite(String what) {
            super(what + " kept changing while it was being written");
        }
    }

    private UntilWritten() {
    }

    /** Runs {@code attempt} (read, change, versioned write) until its write lands; empty means it lost the race. */
    public static <T> Mono<T> retrying(String what, Supplier<Mono<T>> attempt) {
        return Mono.defer(attempt)
                .switchIfEmpty(Mono.error(() -> new StaleWrite(what)))
                .retryWhen(Retry.backoff(ATTEMPTS, Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(500))
                        .filter(StaleWrite.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    /**
     * The usual shape of such a loop: {@code read} the document afresh (gone: nothing left to do), {@code write}
     * its new state (empty: another change came first, so read and write again). A write with nothing to change
     * returns the document as it is.
     */
    public static <T> Mono<Void> rewriting(String what, Supplier<Mono<T>> read, Function<T, Mono<?>> write) {
        return retrying(what, () -> read.get()
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(found -> found.isEmpty() ? Mono.just(Boolean.TRUE)
                                : write.apply(found.get()).map(written -> Boolean.TRUE)))
                .then();
    }
}
