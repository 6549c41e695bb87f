package nl.onderop.volunteers.csvimport.application;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the service takes traffic: the uploaded file of a job lives only in the memory of the
 * instance that runs it, so a queued or running job of this instance (it was restarted) — or of any instance
 * that made no progress for {@code stale-after} (it went away) — can never finish. It is marked failed with a
 * reason and its organisation may import again.
 */
@Component
public class FailInterruptedImports implements SmartInitializingSingleton {

    static final String REASON = "The service restarted while the import ran; upload the file again "
            + "(volunteers stored before the restart are kept, so use validRowsOnly=true to skip them as duplicates).";
    private static final Logger log = LoggerFactory.getLogger(FailInterruptedImports.class);

    private final ImportJobRepository jobs;
    private final ImportSettings settings;
    private final Clock clock;

    public FailInterruptedImports(ImportJobRepository jobs, ImportSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Instant now = Instant.now(clock);
        try {
            Long failed = jobs.failInterrupted(settings.instance(), now.minus(settings.staleAfter()), REASON, now)
                    .toFuture().get(60, TimeUnit.SECONDS);
            if (failed != null && failed > 0) {
                log.warn("Marked {} interrupted volunteer import job(s) as failed", failed);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notNow) {
            log.warn("Could not mark interrupted volunteer import jobs as failed", notNow);
        }
    }
}
