package nl.onderop.volunteers.introduction.adapter.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.introduction.application.Introductions;
import nl.onderop.volunteers.introduction.domain.Introduction;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;

/** Asking a pool volunteer for an introduction, and the volunteer's answer. */
@RestController
class IntroductionController {

    record IntroductionRequest(@Size(max = 500) String message) {
    }

    record AnswerRequest(@NotNull Boolean accept) {
    }

    record IntroductionResponse(String id, String volunteerId, String organization, String message, String status,
                                Instant requestedAt, Instant answeredAt) {

        static IntroductionResponse of(Introduction introduction) {
            return new IntroductionResponse(introduction.id(), introduction.volunteerId(), introduction.organization(),
                    introduction.message(), introduction.status().value(), introduction.requestedAt(),
                    introduction.answeredAt());
        }
    }

    record IntroductionListResponse(List<IntroductionResponse> introductions) {
    }

    private final Introductions introductions;

    IntroductionController(Introductions introductions) {
        this.introductions = introductions;
    }

    @PostMapping("/api/volunteers/v1/volunteers/{id}/introductions")
    Mono<ResponseEntity<IntroductionResponse>> request(@AuthenticationPrincipal PlatformPrincipal principal,
                                                       @PathVariable String id,
                                                       @Valid @RequestBody IntroductionRequest request) {
        return introductions.request(VolunteerAccessOf.principal(principal), id, request.message())
                .map(saved -> ResponseEntity.created(URI.create("/api/volunteers/v1/me/introductions/" + saved.id()))
                        .body(IntroductionResponse.of(saved)));
    }

    @GetMapping("/api/volunteers/v1/me/introductions")
    Mono<IntroductionListResponse> own(@AuthenticationPrincipal PlatformPrincipal principal) {
        return introductions.ofOwn(VolunteerAccessOf.principal(principal))
                .map(list -> new IntroductionListResponse(list.stream().map(IntroductionResponse::of).toList()));
    }

    @PutMapping("/api/volunteers/v1/me/introductions/{id}")
    Mono<IntroductionResponse> answer(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                      @Valid @RequestBody AnswerRequest request) {
        return introductions.answer(VolunteerAccessOf.principal(principal), id, request.accept())
                .map(IntroductionResponse::of);
    }
}
