package nl.onderop.volunteers.csvimport.adapter.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.csvimport.application.ImportVolunteers;
import nl.onderop.volunteers.csvimport.domain.ImportReport;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * {@code POST /volunteer-imports}: a CSV file (UTF-8, comma or semicolon) as the body. Files are larger than
 * the platform's JSON limit, so this endpoint reads the body itself, up to its own limit.
 */
@RestController
class VolunteerImportController {

    private final ImportVolunteers importVolunteers;
    private final int maxBytes;

    VolunteerImportController(ImportVolunteers importVolunteers,
                              @Value("${onderop.volunteers.import.max-size:16MB}") DataSize maxSize) {
        this.importVolunteers = importVolunteers;
        this.maxBytes = (int) maxSize.toBytes();
    }

    @PostMapping(path = "/api/volunteers/v1/volunteer-imports", consumes = "text/csv")
    Mono<ImportReport> importCsv(@AuthenticationPrincipal PlatformPrincipal principal,
                                 @RequestParam(defaultValue = "false") boolean validRowsOnly,
                                 @RequestBody(required = false) Flux<DataBuffer> body) {
        VolunteerAccess access = VolunteerAccessOf.principal(principal);
        // read to the end even when it is too large: answering before the client has sent everything makes
        // most clients see a reset connection instead of the 413
        return body.reduce(new UploadBuffer(maxBytes), UploadBuffer::append)
                .defaultIfEmpty(new UploadBuffer(maxBytes))
                .flatMap(upload -> upload.tooLarge()
                        ? Mono.error(new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                                "The file is larger than " + maxBytes / (1024 * 1024) + " MB; split it.", List.of()))
                        : Mono.just(upload.bytes()))
                .flatMap(bytes -> importVolunteers.importCsv(access, bytes, validRowsOnly));
    }
}
