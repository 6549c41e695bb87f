package nl.onderop.volunteers.volunteer.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.volunteer.application.FindVolunteers;
import nl.onderop.volunteers.volunteer.application.OwnProfile;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** {@code /me}: the volunteer's own profile and its consent to the tenant pool. */
@RestController
@RequestMapping("/api/volunteers/v1/me")
class OwnProfileController {

    record PoolConsentRequest(@NotNull Boolean given) {
    }

    private final OwnProfile ownProfile;
    private final FindVolunteers find;

    OwnProfileController(OwnProfile ownProfile, FindVolunteers find) {
        this.ownProfile = ownProfile;
        this.find = find;
    }

    @GetMapping
    Mono<VolunteerResponse> get(@AuthenticationPrincipal PlatformPrincipal principal) {
        return find.own(VolunteerAccessOf.principal(principal))
                .map(own -> VolunteerResponse.of(own, VolunteerAccess.View.FULL));
    }

    /** Creates the profile on the first save (status applied, for the organisation in the token), then edits it. */
    @PutMapping
    Mono<VolunteerResponse> save(@AuthenticationPrincipal PlatformPrincipal principal,
                                 @Valid @RequestBody VolunteerProfileRequest request) {
        return ownProfile.save(VolunteerAccessOf.principal(principal), request.version(), request.profile())
                .map(saved -> VolunteerResponse.of(saved, VolunteerAccess.View.FULL));
    }

    @PutMapping("/pool-consent")
    Mono<VolunteerResponse> consent(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @Valid @RequestBody PoolConsentRequest request) {
        return ownProfile.consent(VolunteerAccessOf.principal(principal), request.given())
                .map(saved -> VolunteerResponse.of(saved, VolunteerAccess.View.FULL));
    }
}
