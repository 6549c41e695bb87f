package nl.onderop.volunteers.attention.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.activity.adapter.web.ActivityPaging;
import nl.onderop.volunteers.attention.application.RecordCheckIns;
import nl.onderop.volunteers.attention.domain.CheckIn;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;

/** Check-in conversations of the own organisation with one of its volunteers. */
@RestController
@RequestMapping("/api/volunteers/v1/volunteers/{id}/check-ins")
class CheckInController {

    record CheckInRequest(@NotNull LocalDate date, @NotBlank @Size(max = 20) String outcome, @Size(max = 280) String note) {
    }

    record CheckInResponse(String id, String volunteerId, String organization, LocalDate date, String outcome,
                           String note, Instant recordedAt) {

        static CheckInResponse of(CheckIn checkIn) {
            return new CheckInResponse(checkIn.id(), checkIn.volunteerId(), checkIn.organization(), checkIn.date(),
                    checkIn.outcome().value(), checkIn.note(), checkIn.recordedAt());
        }
    }

    record CheckInListResponse(List<CheckInResponse> checkIns, ActivityPaging.PageInfo page) {
    }

    private final RecordCheckIns checkIns;

    CheckInController(RecordCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping
    Mono<ResponseEntity<CheckInResponse>> record(@AuthenticationPrincipal PlatformPrincipal principal,
                                                 @PathVariable String id, @Valid @RequestBody CheckInRequest request) {
        return checkIns.record(VolunteerAccessOf.principal(principal), id,
                        new RecordCheckIns.NewCheckIn(request.date(), request.outcome(), request.note()))
                .map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(CheckInResponse.of(saved)));
    }

    @GetMapping
    Mono<CheckInListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                   @RequestParam(defaultValue = "1") int page,
                                   @RequestParam(defaultValue = "20") int pageSize) {
        ActivityPaging paging = ActivityPaging.checked(page, pageSize);
        return checkIns.list(VolunteerAccessOf.principal(principal), id, paging.number(), paging.size())
                .map(found -> new CheckInListResponse(found.checkIns().stream().map(CheckInResponse::of).toList(),
                        paging.info(found.total())));
    }
}
