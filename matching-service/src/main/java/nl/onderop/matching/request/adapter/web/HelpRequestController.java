package nl.onderop.matching.request.adapter.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.common.adapter.web.Paging;
import nl.onderop.matching.request.application.ManageHelpRequests;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.matching.request.domain.RequestKind;
import nl.onderop.matching.request.domain.SmallTask;
import nl.onderop.matching.request.domain.Urgency;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.security.PlatformPrincipal;

/** Help requests: opened for a newcomer (or by the newcomer), listed, closed and split into small tasks. */
@RestController
class HelpRequestController {

    private static final String BASE = "/api/matching/v1";

    record OpenRequest(@NotBlank String kind, @Size(max = 2000) String description, String urgency) {
    }

    record CloseRequest(@NotBlank @Size(max = 200) String reason) {
    }

    record TaskRequest(@NotBlank @Size(max = 120) String title, @Size(max = 1000) String description, LocalDate date,
                       @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "A time as HH:mm.") String startTime,
                       @Min(15) @Max(480) Integer durationMinutes, @Size(max = 100) String district,
                       @Size(max = 10) List<@NotBlank @Size(max = 3) String> languages) {
    }

    record SplitRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull TaskRequest> tasks) {
    }

    record HelpRequestResponse(String id, String newcomerId, String organization, String kind, String description,
                               String urgency, String status, String closeReason, List<SmallTask> tasks, long version,
                               Instant createdAt, Instant updatedAt) {

        static HelpRequestResponse of(HelpRequest request) {
            return new HelpRequestResponse(request.id(), request.newcomerId(), request.organization(),
                    request.kind().value(), request.description(), request.urgency().value(),
                    request.open() ? "open" : "closed", request.closeReason(), request.tasks(), request.version(),
                    request.createdAt(), request.updatedAt());
        }
    }

    record HelpRequestListResponse(List<HelpRequestResponse> helpRequests, Paging.PageInfo page) {
    }

    private final ManageHelpRequests manage;

    HelpRequestController(ManageHelpRequests manage) {
        this.manage = manage;
    }

    @PostMapping(BASE + "/newcomers/{newcomerId}/help-requests")
    Mono<ResponseEntity<HelpRequestResponse>> open(@AuthenticationPrincipal PlatformPrincipal principal,
                                                   @PathVariable String newcomerId,
                                                   @Valid @RequestBody OpenRequest request) {
        return manage.open(MatchingAccessOf.principal(principal), newcomerId, kind(request), request.description(),
                urgency(request)).map(HelpRequestController::created);
    }

    @PostMapping(BASE + "/me/help-requests")
    Mono<ResponseEntity<HelpRequestResponse>> openOwn(@AuthenticationPrincipal PlatformPrincipal principal,
                                                      @Valid @RequestBody OpenRequest request) {
        return manage.openOwn(MatchingAccessOf.principal(principal), kind(request), request.description(), urgency(request))
                .map(HelpRequestController::created);
    }

    @GetMapping(BASE + "/me/help-requests")
    Mono<HelpRequestListResponse> own(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.own(MatchingAccessOf.principal(principal)).map(list -> new HelpRequestListResponse(
                list.stream().map(HelpRequestResponse::of).toList(), Paging.PageInfo.of(1, Math.max(1, list.size()), list.size())));
    }

    @GetMapping(BASE + "/help-requests")
    Mono<HelpRequestListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                       @RequestParam Optional<String> status,
                                       @RequestParam(defaultValue = "1") int page,
                                       @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        Boolean open = status.map(value -> switch (value) {
            case "open" -> Boolean.TRUE;
            case "closed" -> Boolean.FALSE;
            default -> throw ApiProblem.invalid("status", "enum", "open or closed.");
        }).orElse(null);
        return manage.ofOrganization(MatchingAccessOf.principal(principal), open, page, pageSize)
                .map(found -> new HelpRequestListResponse(found.requests().stream().map(HelpRequestResponse::of).toList(),
                        Paging.PageInfo.of(page, pageSize, found.total())));
    }

    @GetMapping(BASE + "/help-requests/{id}")
    Mono<HelpRequestResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return manage.visible(MatchingAccessOf.principal(principal), id).map(HelpRequestResponse::of);
    }

    @PutMapping(BASE + "/help-requests/{id}/closure")
    Mono<HelpRequestResponse> close(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                    @Valid @RequestBody CloseRequest request) {
        return manage.close(MatchingAccessOf.principal(principal), id, request.reason()).map(HelpRequestResponse::of);
    }

    @PostMapping(BASE + "/help-requests/{id}/tasks")
    Mono<ResponseEntity<HelpRequestResponse>> split(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    @PathVariable String id, @Valid @RequestBody SplitRequest request) {
        List<SmallTask> tasks = request.tasks().stream().map(task -> new SmallTask("draft", task.title(), task.description(),
                task.date(), task.startTime() == null ? null : LocalTime.parse(task.startTime()), task.durationMinutes(),
                task.district(), task.languages())).toList();
        return manage.split(MatchingAccessOf.principal(principal), id, tasks)
                .map(split -> ResponseEntity.created(URI.create(BASE + "/help-requests/" + split.id()))
                        .body(HelpRequestResponse.of(split)));
    }

    private static ResponseEntity<HelpRequestResponse> created(HelpRequest saved) {
        return ResponseEntity.created(URI.create(BASE + "/help-requests/" + saved.id())).body(HelpRequestResponse.of(saved));
    }

    private static RequestKind kind(OpenRequest request) {
        return RequestKind.fromValue(request.kind())
                .orElseThrow(() -> ApiProblem.invalid("kind", "enum", "One of " + RequestKind.allowed() + "."));
    }

    private static Urgency urgency(OpenRequest request) {
        return request.urgency() == null ? Urgency.NORMAL : Urgency.fromValue(request.urgency())
                .orElseThrow(() -> ApiProblem.invalid("urgency", "enum", "One of low, normal, high."));
    }
}
