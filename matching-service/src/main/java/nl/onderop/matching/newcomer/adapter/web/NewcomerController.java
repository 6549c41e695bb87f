package nl.onderop.matching.newcomer.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import nl.onderop.matching.newcomer.application.ManageNewcomers;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.platform.audit.AuditActions;
import nl.onderop.platform.audit.AuditEntry;
import nl.onderop.platform.audit.AuditLog;
import nl.onderop.platform.audit.AuditOutcome;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * Coordinators' newcomers ({@code /newcomers}) and a newcomer's own profile ({@code /me/newcomer-profile}). The
 * matching consent given at registration, every export and every erasure go to the audit trail.
 */
@RestController
class NewcomerController {

    private static final String BASE = "/api/matching/v1";

    record NewcomerListResponse(List<NewcomerResponse> newcomers, Paging.PageInfo page) {
    }

    private final ManageNewcomers manage;
    private final AuditLog audit;

    NewcomerController(ManageNewcomers manage, AuditLog audit) {
        this.manage = manage;
        this.audit = audit;
    }

    @PostMapping(BASE + "/newcomers")
    Mono<ResponseEntity<NewcomerResponse>> register(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    @Valid @RequestBody NewcomerRequest request) {
        return manage.register(MatchingAccessOf.principal(principal), request.profile(), request.consentVersion())
                .flatMap(saved -> audited(AuditActions.CONSENT, principal, saved).thenReturn(saved))
                .map(saved -> ResponseEntity.created(URI.create(BASE + "/newcomers/" + saved.id()))
                        .body(NewcomerResponse.of(saved)));
    }

    @GetMapping(BASE + "/newcomers")
    Mono<NewcomerListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                    @RequestParam(defaultValue = "1") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        Paging.check(page, pageSize);
        return manage.ofOrganization(MatchingAccessOf.principal(principal), page, pageSize)
                .map(found -> new NewcomerListResponse(found.newcomers().stream().map(NewcomerResponse::of).toList(),
                        Paging.PageInfo.of(page, pageSize, found.total())));
    }

    @GetMapping(BASE + "/newcomers/{id}")
    Mono<NewcomerResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return manage.visible(MatchingAccessOf.principal(principal), id).map(NewcomerResponse::of);
    }

    @PutMapping(BASE + "/newcomers/{id}")
    Mono<NewcomerResponse> update(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                                  @Valid @RequestBody NewcomerRequest request) {
        return manage.update(MatchingAccessOf.principal(principal), id, request.profile(), request.version())
                .map(NewcomerResponse::of);
    }

    @DeleteMapping(BASE + "/newcomers/{id}")
    Mono<ResponseEntity<Void>> erase(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return manage.erase(MatchingAccessOf.principal(principal), id)
                .flatMap(erased -> audited(AuditActions.ERASURE, principal, erased))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(BASE + "/me/newcomer-profile")
    Mono<NewcomerResponse> own(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.own(MatchingAccessOf.principal(principal)).map(NewcomerResponse::of);
    }

    @PutMapping(BASE + "/me/newcomer-profile")
    Mono<NewcomerResponse> saveOwn(@AuthenticationPrincipal PlatformPrincipal principal,
                                   @Valid @RequestBody NewcomerRequest request) {
        return manage.saveOwn(MatchingAccessOf.principal(principal), request.profile(), request.consentVersion(),
                        request.version())
                .flatMap(saved -> saved.version() == 1 ? audited(AuditActions.CONSENT, principal, saved).thenReturn(saved)
                        : Mono.just(saved))
                .map(NewcomerResponse::of);
    }

    @DeleteMapping(BASE + "/me/newcomer-profile")
    Mono<ResponseEntity<Void>> eraseOwn(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.eraseOwn(MatchingAccessOf.principal(principal))
                .flatMap(erased -> audited(AuditActions.ERASURE, principal, erased))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(BASE + "/me/export")
    Mono<Map<String, Object>> export(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.exportOwn(MatchingAccessOf.principal(principal))
                .flatMap(export -> audited(AuditActions.EXPORT, principal, (Newcomer) export.get("newcomer")).thenReturn(export));
    }

    private Mono<Void> audited(String action, PlatformPrincipal principal, Newcomer newcomer) {
        return audit.record(AuditEntry.of(action, principal, newcomer.tenant(), "newcomer", newcomer.id(), AuditOutcome.SUCCESS));
    }
}
