package nl.onderop.volunteers.csvimport.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.volunteers.csvimport.domain.CsvTable;
import nl.onderop.volunteers.csvimport.domain.ImportReport;
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
 * Imports an organisation's existing volunteer list (the spreadsheet initiatives keep today). Every row is
 * checked first and every problem reported by line and column; a file with problems imports nothing unless
 * the coordinator asks for the valid rows only. Duplicates — an e-mail address twice in the file, or already
 * among the organisation's volunteers — are problems too. Every row meets the same rules as the API's profile
 * (sizes, e-mail, phone, codes). Imported volunteers start in {@code intake} (screening still to do) unless the
 * file's {@code status} column says otherwise. Each is registered with its event; a VOG status from the file
 * is audited as {@code volunteer.vog.set}, as when a coordinator sets it by hand.
 */
@Component
public class ImportVolunteers {

    public static final int MAX_ROWS = 50_000;
    private static final int MAX_REPORTED = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ImportVolunteers.class);

    private final VolunteerRepository volunteers;
    private final ManageVolunteers manage;
    private final VolunteerProfileRules rules;

    public ImportVolunteers(VolunteerRepository volunteers, ManageVolunteers manage, VolunteerProfileRules rules) {
        this.volunteers = volunteers;
        this.manage = manage;
        this.rules = rules;
    }

    /** Whether the caller may import at all: asked before the upload is read, so a refused caller costs nothing. */
    public static boolean mayImport(VolunteerAccess access) {
        return access.isCoordinator() && access.soleTenant().isPresent();
    }

    /**
     * Checks and imports a file. Decoding, parsing and checking every row are CPU work on {@code boundedElastic},
     * never on an event loop; the parser stops one row past {@link #MAX_ROWS}.
     */
    public Mono<ImportReport> importCsv(VolunteerAccess access, byte[] content, boolean validRowsOnly) {
        return Mono.defer(() -> {
            if (!mayImport(access)) {
                return Mono.error(ApiProblem.forbidden("Only an organisation's coordinator imports its volunteers."));
            }
            String tenant = access.soleTenant().get();
            VolunteerSearch own = new VolunteerSearch(tenant, access.organization(), false, null, null, null, null, null, null);
            return volunteers.findForSearch(own)
                    .map(existing -> String.valueOf(existing.profile().email()).toLowerCase(Locale.ROOT))
                    .collect(HashSet<String>::new, Set::add)
                    .publishOn(Schedulers.boundedElastic())
                    .map(knownEmails -> checkRows(access, tenant, content, knownEmails))
                    .flatMap(checked -> store(access, tenant, checked, validRowsOnly));
        });
    }

    /** The outcome of checking every row: the volunteers to register and the problems of the others. */
    private record CheckedRows(int rowsRead, List<Volunteer> valid, List<ImportReport.RowProblem> problems) {
    }

    private CheckedRows checkRows(VolunteerAccess access, String tenant, byte[] content, Set<String> knownEmails) {
        CsvTable table = CsvTable.parse(decode(content), MAX_ROWS + 1);
        checkHeader(table);
        if (table.rows().size() > MAX_ROWS) {
            throw ApiProblem.invalid("file", "maxRows", "At most " + MAX_ROWS + " rows per file; split it.");
        }
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        List<Volunteer> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>(knownEmails);
        for (CsvTable.Row row : table.rows()) {
            List<ImportReport.RowProblem> rowProblems = new ArrayList<>();
            if (row.cells().size() != table.header().size()) {
                rowProblems.add(new ImportReport.RowProblem(row.line(), null, "columns",
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
                    if (email != null && !seen.add(email.toLowerCase(Locale.ROOT))) {
                        rowProblems.add(new ImportReport.RowProblem(row.line(), "email", "duplicate",
                                "This e-mail address is already in the file or among the organisation's volunteers."));
                    }
                }
                if (rowProblems.isEmpty()) {
                    valid.add(manage.newVolunteer(UUID.randomUUID().toString(), tenant, null, parsed.profile(),
                            VolunteerStatus.fromValue(parsed.status()).orElseThrow(), access.organization(),
                            PoolConsent.NOT_GIVEN));
                }
            }
            problems.addAll(rowProblems);
        }
        return new CheckedRows(table.rows().size(), valid, problems);
    }

    private Mono<ImportReport> store(VolunteerAccess access, String tenant, CheckedRows checked, boolean validRowsOnly) {
        List<ImportReport.RowProblem> problems = checked.problems();
        if (!problems.isEmpty() && !validRowsOnly) {
            return Mono.error(ApiProblem.invalid(problems.stream().limit(MAX_REPORTED)
                    .map(problem -> new InvalidParam("rows[" + problem.line() + "]"
                            + (problem.column() == null ? "" : "." + problem.column()), problem.code(), problem.reason()))
                    .toList()));
        }
        return manage.insertAll(access, checked.valid()).map(imported -> {
            log.info("Imported {} of {} volunteer rows for an organisation in tenant {}", imported, checked.rowsRead(), tenant);
            return new ImportReport(checked.rowsRead(), checked.valid().size(), imported.intValue(),
                    problems.stream().limit(MAX_REPORTED).toList());
        });
    }

    private void checkRules(int line, VolunteerRowParser.Parsed parsed, List<ImportReport.RowProblem> rowProblems) {
        try {
            rules.check(parsed.profile());
        } catch (ApiProblem invalid) {
            invalid.invalidParams().forEach(param -> rowProblems.add(
                    new ImportReport.RowProblem(line, param.name(), param.code(), param.reason())));
        }
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
