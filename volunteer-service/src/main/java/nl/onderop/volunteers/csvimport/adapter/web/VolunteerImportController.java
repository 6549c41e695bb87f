package nl.onderop.volunteers.csvimport.adapter.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
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
import nl.onderop.volunteers.csvimport.domain.ImportReport;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * {@code POST /volunteer-imports}: a CSV file (UTF-8, comma or semicolon) as the body. Files are larger than
 * the platform's JSON limit, so this endpoint reads the body itself, and only once it is worth reading: a caller
 * who may not import is refused before a byte of the body is read, a declared size above the limit is a 413 at
 * once, and an undeclared (chunked) body is read up to the limit and no further.
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
                .flatMap(bytes -> importVolunteers.importCsv(access, bytes, validRowsOnly));
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
