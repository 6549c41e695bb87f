package nl.onderop.volunteers.activity.adapter.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.activity.application.LogActivities;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;

/** {@code /me/activities}: the volunteer's own activity log. */
@RestController
@RequestMapping("/api/volunteers/v1/me/activities")
class OwnActivityController {

    private final LogActivities activities;

    OwnActivityController(LogActivities activities) {
        this.activities = activities;
    }

    @PostMapping
    Mono<ResponseEntity<ActivityResponse>> log(@AuthenticationPrincipal PlatformPrincipal principal,
                                               @Valid @RequestBody ActivityRequest request) {
        return activities.log(VolunteerAccessOf.principal(principal), request.toNew())
                .map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(ActivityResponse.of(saved)));
    }

    @GetMapping
    Mono<ActivityResponse.ListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                             @RequestParam(defaultValue = "1") int page,
                                             @RequestParam(defaultValue = "20") int pageSize) {
        ActivityPaging paging = ActivityPaging.checked(page, pageSize);
        return activities.own(VolunteerAccessOf.principal(principal), paging.number(), paging.size())
                .map(found -> new ActivityResponse.ListResponse(
                        found.activities().stream().map(ActivityResponse::of).toList(), paging.info(found.total())));
    }
}
