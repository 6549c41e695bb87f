package nl.onderop.volunteers.volunteer.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.audit.AuditActions;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.volunteer.application.FindVolunteers;
import nl.onderop.volunteers.volunteer.application.OwnProfile;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** {@code /me}: the volunteer's own profile and its consent to the tenant pool; export, erasure and consent audited. */
@RestController
@RequestMapping("/api/volunteers/v1/me")
class OwnProfileController {

    record PoolConsentRequest(@NotNull Boolean given) {
    }

    private final OwnProfile ownProfile;
    private final FindVolunteers find;
    private final AuditLog audit;

    OwnProfileController(OwnProfile ownProfile, FindVolunteers find, AuditLog audit) {
        this.ownProfile = ownProfile;
        this.find = find;
        this.audit = audit;
    }

    @GetMapping
    Mono<VolunteerResponse> get(@AuthenticationPrincipal PlatformPrincipal principal) {
        return find.own(VolunteerAccessOf.principal(principal))
                .map(own -> VolunteerResponse.of(own, VolunteerAccess.View.FULL));
    }

    /** Creates the profile on the first save (status applied, for the organisation in the token), then edits it. */
    @PutMapping
    Mono<VolunteerResponse> save(@AuthenticationPrincipal PlatformPrincipal principal,
                                 @Valid @RequestBody OwnProfileRequest request) {
        return ownProfile.save(VolunteerAccessOf.principal(principal), request.version(), request.declared())
                .map(saved -> VolunteerResponse.of(saved, VolunteerAccess.View.FULL));
    }

    /** All data this service holds about the caller, as a JSON download (GDPR art. 15). */
    @GetMapping("/export")
    Mono<ResponseEntity<PersonalDataExport>> export(@AuthenticationPrincipal PlatformPrincipal principal) {
        return ownProfile.export(VolunteerAccessOf.principal(principal))
                .flatMap(export -> audited(AuditActions.EXPORT, principal, export.volunteer()).thenReturn(export))
                .map(export -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"onderop-volunteer-data.json\"")
                        .body(PersonalDataExport.of(export)));
    }

    /** Forget me (GDPR art. 17): personal data removed here, the other services told to do the same. */
    @DeleteMapping
    Mono<ResponseEntity<Void>> erase(@AuthenticationPrincipal PlatformPrincipal principal) {
        return ownProfile.erase(VolunteerAccessOf.principal(principal))
                .flatMap(erased -> audited(AuditActions.ERASURE, principal, erased))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PutMapping("/pool-consent")
    Mono<VolunteerResponse> consent(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @Valid @RequestBody PoolConsentRequest request) {
        return ownProfile.consent(VolunteerAccessOf.principal(principal), request.given())
                .flatMap(saved -> audited(AuditActions.CONSENT, principal, saved).thenReturn(saved))
                .map(saved -> VolunteerResponse.of(saved, VolunteerAccess.View.FULL));
    }

    private Mono<Void> audited(String action, PlatformPrincipal principal, Volunteer volunteer) {
        return audit.record(AuditEntry.of(action, principal, volunteer.tenant(), "volunteer", volunteer.id(),
                AuditOutcome.SUCCESS));
    }
}
