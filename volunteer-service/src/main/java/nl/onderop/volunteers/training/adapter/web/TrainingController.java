package nl.onderop.volunteers.training.adapter.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.training.application.FindTrainings;
import nl.onderop.volunteers.training.application.ManageTrainings;
import nl.onderop.volunteers.training.application.TrainingEnrolments;
import nl.onderop.volunteers.training.application.TrainingWrites;
import nl.onderop.volunteers.training.domain.Training;
import nl.onderop.volunteers.training.domain.TrainingAccess;
import nl.onderop.volunteers.training.domain.TrainingStatus;

/** Trainings as coordinators see them: schedule, edit, cancel, enrol their volunteers, record attendance. */
@RestController
@RequestMapping("/api/volunteers/v1/trainings")
class TrainingController {

    static final int MAX_PAGE_SIZE = 100;

    record TrainingListResponse(List<TrainingResponse> trainings, PageInfo page) {
    }

    record PageInfo(int number, int size, long totalElements, long totalPages) {

        static PageInfo of(int number, int size, long total) {
            return new PageInfo(number, size, total, total == 0 ? 0 : (total + size - 1) / size);
        }
    }

    record StatusRequest(@NotBlank String status) {
    }

    record AttendanceRequest(@NotNull @Size(max = 500) List<@NotBlank String> attendedVolunteerIds) {
    }

    record EnrolmentRequest(@NotBlank String volunteerId) {
    }

    record SharingSummaryResponse(String organization, int trainings, long attendees,
                                  long attendeesFromOtherOrganizations, long otherOrganizationsReached,
                                  long ownVolunteersAttendingElsewhere, List<PerTraining> perTraining) {
    }

    record PerTraining(String trainingId, String title, Instant startsAt, String status, long attendedCount,
                       long attendeesFromOtherOrganizations) {
    }

    private final ManageTrainings manage;
    private final TrainingEnrolments enrolments;
    private final FindTrainings find;

    TrainingController(ManageTrainings manage, TrainingEnrolments enrolments, FindTrainings find) {
        this.manage = manage;
        this.enrolments = enrolments;
        this.find = find;
    }

    @PostMapping
    Mono<ResponseEntity<TrainingResponse>> schedule(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    @Valid @RequestBody TrainingRequest request) {
        TrainingAccess access = TrainingAccessOf.principal(principal);
        return Mono.fromSupplier(request::details).transform(TrainingWrites::asProblems)
                .flatMap(details -> manage.schedule(access, details, request.isOpenToTenant()))
                .map(saved -> ResponseEntity.created(URI.create("/api/volunteers/v1/trainings/" + saved.id()))
                        .body(owner(saved, access)));
    }

    @GetMapping
    Mono<TrainingListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @RequestParam(defaultValue = "true") boolean upcoming,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        List<InvalidParam> problems = new ArrayList<>();
        if (page < 1 || page > 1000) {
            problems.add(new InvalidParam("page", "range", "Between 1 and 1000."));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new InvalidParam("pageSize", "range", "Between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.invalid(problems));
        }
        TrainingAccess access = TrainingAccessOf.principal(principal);
        // a list shows no enrolments of volunteers: the counts only; the training itself shows the allowed ones
        return find.visible(access, upcoming, page, pageSize).map(found -> new TrainingListResponse(
                found.trainings().stream().map(training -> TrainingResponse.of(training, access.viewOf(training),
                        access.organization(), null).withoutEnrolments()).toList(),
                PageInfo.of(page, pageSize, found.total())));
    }

    @GetMapping("/sharing-summary")
    Mono<SharingSummaryResponse> sharingSummary(@AuthenticationPrincipal PlatformPrincipal principal) {
        return find.sharingSummary(TrainingAccessOf.principal(principal)).map(summary -> new SharingSummaryResponse(
                summary.organization(), summary.ownTrainings().size(), summary.attendees(),
                summary.attendeesFromOtherOrganizations(), summary.otherOrganizationsReached(),
                summary.ownVolunteersAttendingElsewhere(),
                summary.ownTrainings().stream().map(training -> new PerTraining(training.id(),
                        training.details().title(), training.details().startsAt(), training.status().value(),
                        training.attendedCount(), training.attendeesFromOtherOrganizations())).toList()));
    }

    @GetMapping("/{id}")
    Mono<TrainingResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        TrainingAccess access = TrainingAccessOf.principal(principal);
        return find.byId(access, id)
                .map(seen -> TrainingResponse.of(seen.training(), seen.view(), access.organization(), seen.ownVolunteerId()));
    }

    @PutMapping("/{id}")
    Mono<TrainingResponse> edit(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                @Valid @RequestBody TrainingRequest request) {
        TrainingAccess access = TrainingAccessOf.principal(principal);
        return Mono.fromSupplier(request::details).transform(TrainingWrites::asProblems)
                .flatMap(details -> manage.edit(access, id, request.version(), details, request.isOpenToTenant()))
                .map(saved -> owner(saved, access));
    }

    @PutMapping("/{id}/status")
    Mono<TrainingResponse> changeStatus(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                        @Valid @RequestBody StatusRequest request) {
        if (TrainingStatus.fromValue(request.status()).filter(TrainingStatus.CANCELLED::equals).isEmpty()) {
            return Mono.error(ApiProblem.invalid("status", "enum", "Only cancelled: a cancelled training is not reopened."));
        }
        TrainingAccess access = TrainingAccessOf.principal(principal);
        return manage.cancel(access, id).map(saved -> owner(saved, access));
    }

    @PutMapping("/{id}/attendance")
    Mono<TrainingResponse> recordAttendance(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                            @Valid @RequestBody AttendanceRequest request) {
        TrainingAccess access = TrainingAccessOf.principal(principal);
        return manage.recordAttendance(access, id, new HashSet<>(request.attendedVolunteerIds()))
                .map(saved -> owner(saved, access));
    }

    @PostMapping("/{id}/enrolments")
    Mono<ResponseEntity<TrainingEnrolmentResponse>> enrol(@AuthenticationPrincipal PlatformPrincipal principal,
                                                          @PathVariable String id,
                                                          @Valid @RequestBody EnrolmentRequest request) {
        return enrolments.enrolVolunteer(TrainingAccessOf.principal(principal), id, request.volunteerId())
                .map(enrolled -> ResponseEntity.created(URI.create("/api/volunteers/v1/trainings/" + id + "/enrolments/"
                        + request.volunteerId())).body(TrainingEnrolmentResponse.of(enrolled)));
    }

    @DeleteMapping("/{id}/enrolments/{volunteerId}")
    Mono<ResponseEntity<Void>> withdraw(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                        @PathVariable String volunteerId) {
        return enrolments.withdrawVolunteer(TrainingAccessOf.principal(principal), id, volunteerId)
                .thenReturn(ResponseEntity.noContent().build());
    }

    private static TrainingResponse owner(Training training, TrainingAccess access) {
        return TrainingResponse.of(training, TrainingAccess.View.OWNER, access.organization(), null);
    }
}
