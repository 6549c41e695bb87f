package nl.onderop.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class UntilWrittenTests {

    @Test
    void aLostRaceIsReadAndWrittenAgainUntilTheWriteLands() {
        AtomicInteger attempts = new AtomicInteger();
        Mono<String> write = UntilWritten.retrying("match m1",
                () -> attempts.incrementAndGet() < 3 ? Mono.empty() : Mono.just("written"));
        StepVerifier.create(write).expectNext("written").verifyComplete();
        assertThat(attempts).as("each attempt runs the whole read-change-write again").hasValue(3);
    }

    @Test
    void aWriteThatKeepsLosingFailsLoudlyInsteadOfCountingAsDone() {
        AtomicInteger attempts = new AtomicInteger();
        Mono<String> write = UntilWritten.retrying("match m1", () -> {
            attempts.incrementAndGet();
            return Mono.empty();
        });
        StepVerifier.create(write).expectError(UntilWritten.StaleWrite.class).verify();
        assertThat(attempts).hasValue(6);
    }

    @Test
    void aDocumentThatIsGoneNeedsNoWriteAndOneThatChangedIsReadAgain() {
        AtomicInteger writes = new AtomicInteger();
        StepVerifier.create(UntilWritten.rewriting("gone", Mono::<String>empty, found -> {
            writes.incrementAndGet();
            return Mono.just(found);
        })).verifyComplete();
        assertThat(writes).hasValue(0);

        AtomicInteger reads = new AtomicInteger();
        StepVerifier.create(UntilWritten.rewriting("changed", () -> Mono.just("v" + reads.incrementAndGet()),
                found -> found.equals("v1") ? Mono.empty() : Mono.just(found))).verifyComplete();
        assertThat(reads).as("the lost write reads the document again").hasValue(2);
    }
}
