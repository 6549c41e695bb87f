package nl.onderop.volunteers.csvimport.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.csvimport.domain.CsvTable;
import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.volunteers.csvimport.domain.RowProblem;
import nl.onderop.volunteers.csvimport.domain.VolunteerRowParser;
import nl.onderop.volunteers.volunteer.application.ManageVolunteers;
import nl.onderop.volunteers.volunteer.application.VolunteerProfileRules;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.application.VolunteerSearch;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * Runs an import job in the background, detached from the request that started it. Every row is checked first
 * (in chunks of {@value #CHECK_CHUNK} on {@code boundedElastic}, progress stored after each) against the same
 * rules as a profile sent to the API; an e-mail address twice in the file or already among the organisation's
 * volunteers is a {@code duplicate}. A file with problems imports nothing and the job fails with its problems,
 * unless the coordinator asked for the valid rows only. The valid rows are stored in batches of
 * {@value #STORE_BATCH} through {@link ManageVolunteers#insertAll} (each with its event; a VOG status from the
 * file audited as {@code volunteer.vog.set}), in {@code intake} unless the file's {@code status} says otherwise.
 * The organisation's lock is released whatever the outcome.
 */
@Component
public class RunImportJob {

    static final int CHECK_CHUNK = 1_000;
    static final int STORE_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(RunImportJob.class);

    private final ImportJobRepository jobs;
    private final VolunteerRepository volunteers;
    private final ManageVolunteers manage;
    private final VolunteerProfileRules rules;
    private final Clock clock;

    public RunImportJob(ImportJobRepository jobs, VolunteerRepository volunteers, ManageVolunteers manage,
                        VolunteerProfileRules rules, Clock clock) {
        this.jobs = jobs;
        this.volunteers = volunteers;
        this.manage = manage;
        this.rules = rules;
        this.clock = clock;
    }

    /** Starts the job on {@code boundedElastic}; it outlives the request. */
    void launch(VolunteerAccess access, ImportJob job, CsvTable table) {
        run(access, job, table).subscribeOn(Schedulers.boundedElastic()).subscribe(
                finished -> log.info("Volunteer import job {} {}: {} of {} rows imported", finished.id(),
                        finished.state().value(), finished.imported(), finished.rowsTotal()),
                error -> log.error("Volunteer import job {} could not record its end", job.id(), error));
    }

    /** The running state of one job: only touched by one step at a time (the steps are concatenated). */
    private static final class Progress {
        final Set<String> seen;
        final List<Volunteer> valid = new ArrayList<>();
        final List<RowProblem> listed = new ArrayList<>();
        int read;
        int rejected;
        int problems;
        ImportJob job;

        Progress(ImportJob job, Set<String> known) {
            this.job = job;
            this.seen = known;
        }
    }

    Mono<ImportJob> run(VolunteerAccess access, ImportJob queued, CsvTable table) {
        return jobs.save(queued.started(now())).flatMap(running -> {
            VolunteerSearch own = new VolunteerSearch(running.tenant(), running.organization(), false,
                    null, null, null, null, null, null);
            return volunteers.findForSearch(own)
                    .map(existing -> String.valueOf(existing.profile().email()).toLowerCase(Locale.ROOT))
                    .collect(HashSet<String>::new, Set::add)
                    .map(known -> new Progress(running, known))
                    .flatMap(progress -> Flux.fromIterable(table.rows()).buffer(CHECK_CHUNK)
                            .concatMap(chunk -> Mono.fromRunnable(() -> check(access, table, chunk, progress))
                                    .subscribeOn(Schedulers.boundedElastic())
                                    .then(Mono.defer(() -> saveProgress(progress))))
                            .then(Mono.defer(() -> store(access, progress))));
        }).onErrorResume(error -> {
            log.error("Volunteer import job {} failed", queued.id(), error);
            return jobs.find(queued.tenant(), queued.organization(), queued.id())
                    .defaultIfEmpty(queued)
                    .flatMap(last -> jobs.save(last.failed(
                            "The import stopped because of an internal error; volunteers stored so far are "
                                    + "kept (upload again with validRowsOnly=true to skip them).", now())));
        }).flatMap(end -> jobs.unlock(end.tenant(), end.organization(), end.id()).thenReturn(end));
    }

    private Mono<ImportJob> saveProgress(Progress progress) {
        progress.job = progress.job.checked(progress.read, progress.valid.size(), progress.rejected, progress.problems,
                progress.listed, now());
        return jobs.save(progress.job).doOnNext(saved -> progress.job = saved);
    }

    private Mono<ImportJob> store(VolunteerAccess access, Progress progress) {
        ImportJob checked = progress.job;
        if (progress.problems > 0 && !checked.validRowsOnly()) {
            return jobs.save(checked.failed("The file has " + progress.problems + " problem(s) in "
                    + progress.rejected + " row(s); nothing was imported. Correct them, or import the valid rows "
                    + "only (validRowsOnly=true).", now()));
        }
        int[] imported = {0};
        return Flux.fromIterable(progress.valid).buffer(STORE_BATCH)
                .concatMap(batch -> manage.insertAll(access, batch)
                        .flatMap(count -> {
                            imported[0] += count.intValue();
                            return jobs.save(progress.job.stored(imported[0], now()))
                                    .doOnNext(saved -> progress.job = saved);
                        }))
                .then(Mono.defer(() -> jobs.save(progress.job.stored(imported[0], now()).succeeded(now()))));
    }

    private void check(VolunteerAccess access, CsvTable table, List<CsvTable.Row> chunk, Progress progress) {
        for (CsvTable.Row row : chunk) {
            List<RowProblem> rowProblems = new ArrayList<>();
            if (row.cells().size() != table.header().size()) {
                rowProblems.add(new RowProblem(row.line(), null, "columns",
                        "Has " + row.cells().size() + " cells; the header has " + table.header().size() + "."));
            } else {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < table.header().size(); i++) {
                    cells.put(table.header().get(i), row.cells().get(i));
                }
                VolunteerRowParser.Parsed parsed = VolunteerRowParser.parse(row.line(), cells);
                rowProblems.addAll(parsed.problems());
                if (parsed.profile() != null) {
                    checkRules(row.line(), parsed, rowProblems);
                    String email = parsed.profile().email();
                    if (email != null && !progress.seen.add(email.toLowerCase(Locale.ROOT))) {
                        rowProblems.add(new RowProblem(row.line(), "email", "duplicate",
                                "This e-mail address is already in the file or among the organisation's volunteers."));
                    }
                }
                if (rowProblems.isEmpty()) {
                    progress.valid.add(manage.newVolunteer(UUID.randomUUID().toString(), progress.job.tenant(), null,
                            parsed.profile(), VolunteerStatus.fromValue(parsed.status()).orElseThrow(),
                            access.organization(), PoolConsent.NOT_GIVEN));
                }
                rowProblems.replaceAll(problem -> problem.withValue(cellOf(cells, problem.column())));
            }
            progress.read++;
            if (!rowProblems.isEmpty()) {
                progress.rejected++;
                progress.problems += rowProblems.size();
                rowProblems.stream().limit(Math.max(0, ImportJob.MAX_LISTED - progress.listed.size()))
                        .forEach(progress.listed::add);
            }
        }
    }

    /** The cell a problem is about: {@code languages[0].level} is about the {@code languages} cell. */
    private static String cellOf(Map<String, String> cells, String column) {
        if (column == null) {
            return null;
        }
        int end = column.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = column.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return cells.get(column.substring(0, end));
    }

    private void checkRules(int line, VolunteerRowParser.Parsed parsed, List<RowProblem> rowProblems) {
        try {
            rules.check(parsed.profile());
        } catch (ApiProblem invalid) {
            invalid.invalidParams().forEach(param -> rowProblems.add(
                    new RowProblem(line, param.name(), param.code(), param.reason())));
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
