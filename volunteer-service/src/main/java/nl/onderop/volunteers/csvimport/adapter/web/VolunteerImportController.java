package nl.onderop.volunteers.csvimport.adapter.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.csvimport.application.ImportVolunteers;
import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.volunteers.csvimport.domain.RowProblem;
import nl.onderop.volunteers.csvimport.domain.SpreadsheetSafeCsv;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * {@code POST /volunteer-imports}: a CSV file (UTF-8, comma or semicolon) as the body, answered with 202 and the
 * import job as soon as the file is received and its header checked; the rows are checked and imported in the
 * background. Files are larger than the platform's JSON limit, so this endpoint reads the body itself, and only
 * once it is worth reading: a caller who may not import is refused before a byte of the body is read, a declared
 * size above the limit is a 413 at once, and an undeclared (chunked) body is read up to the limit and no further.
 * {@code GET /volunteer-imports/{id}} shows a job's progress, {@code .../problems.csv} its problems as a
 * spreadsheet-safe CSV file.
 */
@RestController
class VolunteerImportController {

    static final String PATH = "/api/volunteers/v1/volunteer-imports";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportVolunteers importVolunteers;
    private final int maxBytes;

    VolunteerImportController(ImportVolunteers importVolunteers,
                              @Value("${onderop.volunteers.import.max-size:16MB}") DataSize maxSize) {
        this.importVolunteers = importVolunteers;
        this.maxBytes = (int) maxSize.toBytes();
    }

    @PostMapping(path = PATH, consumes = "text/csv")
    Mono<ResponseEntity<ImportJobResource>> importCsv(@AuthenticationPrincipal PlatformPrincipal principal,
                                                      @RequestParam(defaultValue = "false") boolean validRowsOnly,
                                                      @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long declaredSize,
                                                      @RequestBody(required = false) Flux<DataBuffer> body) {
        VolunteerAccess access = VolunteerAccessOf.principal(principal);
        if (!ImportVolunteers.mayImport(access)) {
            return Mono.error(ApiProblem.forbidden("Only an organisation's coordinator imports its volunteers."));
        }
        if (declaredSize != null && declaredSize > maxBytes) {
            return Mono.error(tooLarge());
        }
        return DataBufferUtils.join(body == null ? Flux.empty() : body, maxBytes)
                .onErrorMap(DataBufferLimitException.class, limit -> tooLarge())
                .map(VolunteerImportController::bytesOf)
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> importVolunteers.start(access, bytes, validRowsOnly))
                .map(job -> ResponseEntity.accepted().location(URI.create(PATH + "/" + job.id()))
                        .body(ImportJobResource.of(job)));
    }

    @GetMapping(PATH + "/{jobId}")
    Mono<ImportJobResource> job(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String jobId) {
        return importVolunteers.job(VolunteerAccessOf.principal(principal), jobId).map(ImportJobResource::of);
    }

    @GetMapping(path = PATH + "/{jobId}/problems.csv", produces = "text/csv")
    Mono<ResponseEntity<String>> problems(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String jobId) {
        return importVolunteers.job(VolunteerAccessOf.principal(principal), jobId)
                .map(job -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("volunteer-import-" + job.id() + "-problems.csv").build().toString())
                        .body(problemsCsv(job)));
    }

    private static String problemsCsv(ImportJob job) {
        StringBuilder csv = new StringBuilder(SpreadsheetSafeCsv.row(List.of("line", "column", "code", "reason", "value")));
        for (RowProblem problem : job.problems()) {
            csv.append(SpreadsheetSafeCsv.row(java.util.Arrays.asList(problem.line(), problem.column(), problem.code(),
                    problem.reason(), problem.value())));
        }
        return csv.toString();
    }

    private static byte[] bytesOf(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                "The file is larger than " + maxBytes / (1024 * 1024) + " MB; split it.", List.of());
    }
}
