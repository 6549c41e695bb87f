package nl.onderop.volunteers.csvimport.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.scheduling.PeriodicJob;

/**
 * The problem report quotes the offending cell of a rejected row (cut to 60 characters) so the coordinator can
 * see what was wrong; those cells may be personal data of people who were never imported, so they are kept only
 * for {@code onderop.volunteers.import.problem-values-kept-for} (24 hours) after the job finished. Every hour
 * the older jobs lose them; line, column, code and reason stay.
 */
@Component
public class ForgetProblemValues extends PeriodicJob {

    private final ImportJobRepository jobs;
    private final Duration keptFor;
    private final Clock clock;

    public ForgetProblemValues(ImportJobRepository jobs, Clock clock,
                               @Value("${onderop.volunteers.import.problem-values-kept-for:24h}") Duration keptFor) {
        super("forgetting import problem values", Duration.ofMinutes(1), Duration.ofHours(1));
        this.jobs = jobs;
        this.keptFor = keptFor;
        this.clock = clock;
    }

    @Override
    public Mono<Long> runOnce() {
        return jobs.findFinishedWithProblemValues(Instant.now(clock).minus(keptFor))
                .concatMap(job -> jobs.save(job.withoutProblemValues()))
                .count();
    }
}
