package nl.onderop.volunteers.task.application;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;

/**
 * Runs a read-check-write of one task again when the write found a newer version (empty result), so that
 * parallel sign-ups each see the sign-ups before them and never overbook. Every lost round means another
 * writer won, so a few attempts are enough; after them the caller gets a 409 and may try again.
 */
final class OptimisticRetry {

    static final int ATTEMPTS = 8;

    private OptimisticRetry() {
    }

    static <T> Mono<T> run(Supplier<Mono<T>> attempt) {
        return run(attempt, ATTEMPTS);
    }

    private static <T> Mono<T> run(Supplier<Mono<T>> attempt, int left) {
        return Mono.defer(attempt).switchIfEmpty(Mono.defer(() -> left > 1 ? run(attempt, left - 1)
                : Mono.error(ApiProblem.conflict("The task was changed by others at the same moment; try again."))));
    }
}
