package nl.onderop.volunteers.volunteer.adapter.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.audit.AuditActions;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.volunteer.application.EraseVolunteer;
import nl.onderop.volunteers.volunteer.application.FindVolunteers;
import nl.onderop.volunteers.volunteer.application.ManageVolunteers;
import nl.onderop.volunteers.volunteer.application.VolunteerSearch;
import nl.onderop.volunteers.volunteer.domain.StopReason;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * The coordinator's API: register, search, read, edit and move volunteers of the own organisation, and erase
 * those without a login of their own.
 */
@RestController
@RequestMapping("/api/volunteers/v1/volunteers")
class VolunteerController {

    static final int MAX_PAGE_SIZE = 100;

    record VolunteerListResponse(List<VolunteerResponse> volunteers, PageInfo page) {
    }

    record PageInfo(int number, int size, long totalElements, long totalPages) {
    }

    record StatusRequest(@NotBlank String status, String reason) {
    }

    private final ManageVolunteers manage;
    private final FindVolunteers find;
    private final EraseVolunteer eraser;
    private final AuditLog audit;

    VolunteerController(ManageVolunteers manage, FindVolunteers find, EraseVolunteer eraser, AuditLog audit) {
        this.manage = manage;
        this.find = find;
        this.eraser = eraser;
        this.audit = audit;
    }

    @PostMapping
    Mono<ResponseEntity<VolunteerResponse>> register(@AuthenticationPrincipal PlatformPrincipal principal,
                                                     @Valid @RequestBody VolunteerProfileRequest request) {
        VolunteerAccess access = VolunteerAccessOf.principal(principal);
        return manage.register(access, soleTenant(access), request.declared(), request.decisions())
                .map(saved -> ResponseEntity.created(URI.create("/api/volunteers/v1/volunteers/" + saved.id()))
                        .body(VolunteerResponse.of(saved, VolunteerAccess.View.FULL)));
    }

    @GetMapping
    Mono<VolunteerListResponse> search(@AuthenticationPrincipal PlatformPrincipal principal,
                                       @RequestParam Optional<String> language, @RequestParam Optional<String> skill,
                                       @RequestParam Optional<String> day, @RequestParam Optional<String> at,
                                       @RequestParam Optional<String> district, @RequestParam Optional<String> status,
                                       @RequestParam(defaultValue = "false") boolean pool,
                                       @RequestParam(defaultValue = "1") int page,
                                       @RequestParam(defaultValue = "20") int pageSize) {
        VolunteerAccess access = VolunteerAccessOf.principal(principal);
        List<InvalidParam> problems = new ArrayList<>();
        DayOfWeek weekday = day.map(value -> parse(() -> DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT)), "day",
                "A weekday in English, e.g. tuesday.", problems)).orElse(null);
        LocalTime time = at.map(value -> parse(() -> LocalTime.parse(value), "at", "A time as HH:mm.", problems)).orElse(null);
        if (time != null && weekday == null) {
            problems.add(new InvalidParam("at", "dependency", "Give a day with a time."));
        }
        VolunteerStatus wanted = status.map(value -> VolunteerStatus.fromValue(value).orElseGet(() -> {
            problems.add(new InvalidParam("status", "enum", "One of applied, intake, screening, active, paused, stopped."));
            return null;
        })).orElse(null);
        if (page < 1 || page > 1000) {
            problems.add(new InvalidParam("page", "range", "Between 1 and 1000."));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new InvalidParam("pageSize", "range", "Between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.invalid(problems));
        }
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators search volunteers."));
        }
        VolunteerSearch search = new VolunteerSearch(soleTenant(access), access.organization(), pool,
                language.orElse(null), skill.orElse(null), weekday, time, district.orElse(null), wanted);
        return find.search(access, search, page, pageSize).map(found -> new VolunteerListResponse(
                found.volunteers().stream().map(seen -> VolunteerResponse.of(seen.volunteer(), seen.view())).toList(),
                new PageInfo(page, pageSize, found.total(), found.total() == 0 ? 0 : (found.total() + pageSize - 1) / pageSize)));
    }

    @GetMapping("/{id}")
    Mono<VolunteerResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return find.byId(VolunteerAccessOf.principal(principal), id)
                .map(seen -> VolunteerResponse.of(seen.volunteer(), seen.view()));
    }

    @PutMapping("/{id}")
    Mono<VolunteerResponse> update(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                   @Valid @RequestBody VolunteerProfileRequest request) {
        return manage.updateProfile(VolunteerAccessOf.principal(principal), id, request.version(), request.declared(),
                request.decisions())
                .map(saved -> VolunteerResponse.of(saved, VolunteerAccess.View.FULL));
    }

    /** A coordinator erases a volunteer of its organisation that has no login (art. 17); audited. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> erase(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return eraser.onBehalf(VolunteerAccessOf.principal(principal), id)
                .flatMap(erased -> audit.record(AuditEntry.of(AuditActions.ERASURE, principal, erased.tenant(), "volunteer",
                        erased.id(), AuditOutcome.SUCCESS)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PutMapping("/{id}/status")
    Mono<VolunteerResponse> changeStatus(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                         @Valid @RequestBody StatusRequest request) {
        VolunteerStatus target = VolunteerStatus.fromValue(request.status()).orElseThrow(() -> ApiProblem.invalid("status",
                "enum", "One of applied, intake, screening, active, paused, stopped."));
        StopReason reason = request.reason() == null ? null : StopReason.fromValue(request.reason())
                .orElseThrow(() -> ApiProblem.invalid("reason", "enum",
                        "One of too-heavy, too-time-intensive, no-click, moved, personal-circumstances, other."));
        return manage.changeStatus(VolunteerAccessOf.principal(principal), id, target, reason)
                .map(saved -> VolunteerResponse.of(saved, VolunteerAccess.View.FULL));
    }

    private static String soleTenant(VolunteerAccess access) {
        return access.soleTenant()
                .orElseThrow(() -> ApiProblem.forbidden("Volunteers are managed from an account of exactly one tenant."));
    }

    private static <T> T parse(Supplier<T> parser, String field, String reason, List<InvalidParam> problems) {
        try {
            return parser.get();
        } catch (RuntimeException invalid) {
            problems.add(new InvalidParam(field, "format", reason));
            return null;
        }
    }
}
