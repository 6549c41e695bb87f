package nl.onderop.volunteers.activity.adapter.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.activity.application.LogActivities;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;

/** The coordinator's read of what one of its volunteers logged for its organisation. */
@RestController
class VolunteerActivityController {

    private final LogActivities activities;

    VolunteerActivityController(LogActivities activities) {
        this.activities = activities;
    }

    @GetMapping("/api/volunteers/v1/volunteers/{id}/activities")
    Mono<ActivityResponse.VolunteerListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                                      @PathVariable String id,
                                                      @RequestParam(defaultValue = "1") int page,
                                                      @RequestParam(defaultValue = "20") int pageSize) {
        ActivityPaging paging = ActivityPaging.checked(page, pageSize);
        return activities.ofVolunteer(VolunteerAccessOf.principal(principal), id, paging.number(), paging.size())
                .map(view -> new ActivityResponse.VolunteerListResponse(
                        view.page().activities().stream().map(ActivityResponse::of).toList(),
                        view.months().stream().map(ActivityResponse.MonthTotal::of).toList(),
                        paging.info(view.page().total())));
    }
}
