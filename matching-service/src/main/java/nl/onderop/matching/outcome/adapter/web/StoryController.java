package nl.onderop.matching.outcome.adapter.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
import nl.onderop.matching.outcome.application.ManageStories;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.security.PlatformPrincipal;

/** Stories about a match, and their publication in reports with the newcomer's separate consent. */
@RestController
class StoryController {

    private static final String BASE = "/api/matching/v1";

    record StoryRequest(@NotBlank @Size(max = Story.MAX_TEXT) String text,
                        @Pattern(regexp = "newcomer|volunteer|coordinator", message = "One of newcomer, volunteer, coordinator.")
                        String author) {
    }

    record PublicationRequest(@NotNull Boolean publishable, @Size(max = 20) String consentVersion) {
    }

    record ConsentResponse(String purpose, String version, Instant givenAt, String recordedBy) {
    }

    record StoryResponse(String id, String matchId, String author, String text, boolean publishable,
                         ConsentResponse publicationConsent, Instant withdrawnAt, long version, Instant createdAt,
                         Instant updatedAt) {

        static StoryResponse of(Story story) {
            return new StoryResponse(story.id(), story.matchId(), story.author().value(), story.text(),
                    story.publishable(), story.consent() == null ? null : new ConsentResponse(story.consent().purpose(),
                            story.consent().version(), story.consent().givenAt(), story.consentRecordedBy()),
                    story.withdrawnAt(), story.version(), story.createdAt(), story.updatedAt());
        }
    }

    record StoryListResponse(List<StoryResponse> stories, Paging.PageInfo page) {
    }

    private final ManageStories manage;

    StoryController(ManageStories manage) {
        this.manage = manage;
    }

    @PostMapping(BASE + "/matches/{id}/stories")
    Mono<ResponseEntity<StoryResponse>> write(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                              @Valid @RequestBody StoryRequest request) {
        return manage.write(MatchingAccessOf.principal(principal), id,
                        request.author() == null ? null : Rater.fromValue(request.author()).orElseThrow(), request.text())
                .map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(StoryResponse.of(saved)));
    }

    @GetMapping(BASE + "/matches/{id}/stories")
    Mono<StoryListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                 @RequestParam(defaultValue = "1") int page,
                                 @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        return manage.list(MatchingAccessOf.principal(principal), id, page, pageSize)
                .map(found -> new StoryListResponse(found.stories().stream().map(StoryResponse::of).toList(),
                        Paging.PageInfo.of(page, pageSize, found.total())));
    }

    @PutMapping(BASE + "/stories/{id}/publication")
    Mono<StoryResponse> publication(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                    @Valid @RequestBody PublicationRequest request) {
        return manage.publication(MatchingAccessOf.principal(principal), id, request.publishable(), request.consentVersion())
                .map(StoryResponse::of);
    }
}
