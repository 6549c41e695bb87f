package nl.onderop.volunteers.training.adapter.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.training.application.FindTrainings;
import nl.onderop.volunteers.training.application.TrainingEnrolments;

/** {@code /me/training-enrolments}: a volunteer enrols itself, sees its enrolments, and withdraws. */
@RestController
@RequestMapping("/api/volunteers/v1/me/training-enrolments")
class OwnTrainingEnrolmentController {

    record OwnEnrolmentRequest(@NotBlank String trainingId) {
    }

    record OwnEnrolmentList(List<TrainingEnrolmentResponse> enrolments) {
    }

    private final TrainingEnrolments enrolments;
    private final FindTrainings find;

    OwnTrainingEnrolmentController(TrainingEnrolments enrolments, FindTrainings find) {
        this.enrolments = enrolments;
        this.find = find;
    }

    /** Not paged: one volunteer's enrolments are few, and only its own (a bounded list by nature). */
    @GetMapping
    Mono<OwnEnrolmentList> list(@AuthenticationPrincipal PlatformPrincipal principal) {
        return find.own(TrainingAccessOf.principal(principal)).map(own -> new OwnEnrolmentList(own.trainings().stream()
                .flatMap(training -> training.enrolmentOf(own.volunteerId()).stream()
                        .map(enrolment -> TrainingEnrolmentResponse.of(training, enrolment)))
                .toList()));
    }

    @PostMapping
    Mono<ResponseEntity<TrainingEnrolmentResponse>> enrol(@AuthenticationPrincipal PlatformPrincipal principal,
                                                          @Valid @RequestBody OwnEnrolmentRequest request) {
        return enrolments.enrolSelf(TrainingAccessOf.principal(principal), request.trainingId())
                .map(enrolled -> ResponseEntity.created(URI.create("/api/volunteers/v1/me/training-enrolments/"
                        + request.trainingId())).body(TrainingEnrolmentResponse.of(enrolled)));
    }

    @DeleteMapping("/{trainingId}")
    Mono<ResponseEntity<Void>> withdraw(@AuthenticationPrincipal PlatformPrincipal principal,
                                        @PathVariable String trainingId) {
        return enrolments.withdrawSelf(TrainingAccessOf.principal(principal), trainingId)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
