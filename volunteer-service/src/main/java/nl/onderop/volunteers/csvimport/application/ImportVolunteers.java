package nl.onderop.volunteers.csvimport.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.volunteers.csvimport.domain.CsvTable;
import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.volunteers.csvimport.domain.VolunteerRowParser;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Accepts an organisation's existing volunteer list (the spreadsheet initiatives keep today) as an import job.
 * What is wrong with the file as a whole — not UTF-8, an unknown or missing column, more than {@link #MAX_ROWS}
 * rows — is refused at once (400); so is a second import while the organisation's previous one is still queued
 * or running (409, naming it). Otherwise the job is stored as {@code queued} and answered, and
 * {@link RunImportJob} checks and imports the rows in the background.
 */
@Component
public class ImportVolunteers {

    public static final int MAX_ROWS = 50_000;

    private final ImportJobRepository jobs;
    private final RunImportJob runner;
    private final ImportSettings settings;
    private final Clock clock;

    public ImportVolunteers(ImportJobRepository jobs, RunImportJob runner, ImportSettings settings, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the caller may import at all: asked before the upload is read, so a refused caller costs nothing. */
    public static boolean mayImport(VolunteerAccess access) {
        return access.isCoordinator() && access.soleTenant().isPresent();
    }

    /**
     * Checks the file as a whole and starts its job. Decoding and parsing are CPU work on {@code boundedElastic},
     * never on an event loop; the parser stops one row past {@link #MAX_ROWS}.
     */
    public Mono<ImportJob> start(VolunteerAccess access, byte[] content, boolean validRowsOnly) {
        return Mono.defer(() -> {
            if (!mayImport(access)) {
                return Mono.error(ApiProblem.forbidden("Only an organisation's coordinator imports its volunteers."));
            }
            String tenant = access.soleTenant().get();
            return Mono.fromCallable(() -> parse(content)).subscribeOn(Schedulers.boundedElastic())
                    .flatMap(table -> {
                        ImportJob job = ImportJob.queued(UUID.randomUUID().toString(), tenant, access.organization(),
                                settings.instance(), validRowsOnly, table.rows().size(), Instant.now(clock));
                        return lock(job).then(jobs.save(job))
                                .doOnNext(saved -> runner.launch(access, saved, table));
                    });
        });
    }

    /** A job of the caller's own organisation and tenant; any other is not found. */
    public Mono<ImportJob> job(VolunteerAccess access, String id) {
        return Mono.defer(() -> {
            if (!mayImport(access)) {
                return Mono.error(ApiProblem.forbidden("Only an organisation's coordinator sees its imports."));
            }
            return jobs.find(access.soleTenant().get(), access.organization(), id)
                    .switchIfEmpty(Mono.error(ApiProblem.notFound("The import job")));
        });
    }

    /**
     * Takes the organisation's lock. A holder that is no longer active, or made no progress for
     * {@code stale-after}, is released (and, if still marked active, failed) and the lock taken once more.
     */
    private Mono<Void> lock(ImportJob job) {
        Instant now = job.createdAt();
        return jobs.lock(job.tenant(), job.organization(), job.id(), now).flatMap(taken -> {
            if (taken) {
                return Mono.<Void>empty();
            }
            return jobs.lockHolder(job.tenant(), job.organization())
                    .flatMap(holderId -> jobs.find(job.tenant(), job.organization(), holderId)
                            .defaultIfEmpty(job.failed("gone", now))
                            .flatMap(holder -> {
                                boolean alive = holder.state().active()
                                        && holder.updatedAt().isAfter(now.minus(settings.staleAfter()));
                                if (alive) {
                                    return Mono.<Void>error(ApiProblem.conflict("The import job " + holderId
                                            + " of this organisation is still " + holder.state().value()
                                            + "; wait until it has finished (GET /api/volunteers/v1/volunteer-imports/"
                                            + holderId + ")."));
                                }
                                Mono<?> end = holder.state().active() && holder.id().equals(holderId)
                                        ? jobs.save(holder.failed(FailInterruptedImports.REASON, now)) : Mono.empty();
                                return end.then(jobs.unlock(job.tenant(), job.organization(), holderId));
                            }))
                    .then(jobs.lock(job.tenant(), job.organization(), job.id(), now))
                    .flatMap(retaken -> retaken ? Mono.<Void>empty()
                            : Mono.error(ApiProblem.conflict("Another import of this organisation has just started.")));
        });
    }

    private static CsvTable parse(byte[] content) {
        CsvTable table = CsvTable.parse(decode(content), MAX_ROWS + 1);
        checkHeader(table);
        if (table.rows().size() > MAX_ROWS) {
            throw ApiProblem.invalid("file", "maxRows", "At most " + MAX_ROWS + " rows per file; split it.");
        }
        return table;
    }

    private static void checkHeader(CsvTable table) {
        List<InvalidParam> problems = new ArrayList<>();
        for (String column : table.header()) {
            if (!VolunteerRowParser.COLUMNS.contains(column)) {
                problems.add(new InvalidParam("header", "unknownColumn", "Unknown column '" + column
                        + "'. Columns: " + String.join(", ", VolunteerRowParser.COLUMNS)
                        + "; separated by commas or semicolons."));
            }
        }
        for (String required : VolunteerRowParser.REQUIRED) {
            if (!table.header().contains(required)) {
                problems.add(new InvalidParam("header", "missingColumn", "The column '" + required + "' is required."));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw ApiProblem.invalid("file", "encoding",
                    "The file is not UTF-8. Save it as 'CSV UTF-8' (Excel) or choose UTF-8 when exporting.");
        }
    }
}
