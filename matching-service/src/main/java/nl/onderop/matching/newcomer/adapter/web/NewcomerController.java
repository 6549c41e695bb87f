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
import nl.onderop.platform.security.PlatformPrincipal;

/** Coordinators' newcomers ({@code /newcomers}) and a newcomer's own profile ({@code /me/newcomer-profile}). */
@RestController
class NewcomerController {

    private static final String BASE = "/api/matching/v1";

    record NewcomerListResponse(List<NewcomerResponse> newcomers, Paging.PageInfo page) {
    }

    private final ManageNewcomers manage;

    NewcomerController(ManageNewcomers manage) {
        this.manage = manage;
    }

    @PostMapping(BASE + "/newcomers")
    Mono<ResponseEntity<NewcomerResponse>> register(@AuthenticationPrincipal PlatformPrincipal principal,
                                                    @Valid @RequestBody NewcomerRequest request) {
        return manage.register(MatchingAccessOf.principal(principal), request.profile(), request.consentVersion())
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
        return manage.erase(MatchingAccessOf.principal(principal), id).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(BASE + "/me/newcomer-profile")
    Mono<NewcomerResponse> own(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.own(MatchingAccessOf.principal(principal)).map(NewcomerResponse::of);
    }

    @PutMapping(BASE + "/me/newcomer-profile")
    Mono<NewcomerResponse> saveOwn(@AuthenticationPrincipal PlatformPrincipal principal,
                                   @Valid @RequestBody NewcomerRequest request) {
        return manage.saveOwn(MatchingAccessOf.principal(principal), request.profile(), request.consentVersion(),
                request.version()).map(NewcomerResponse::of);
    }

    @DeleteMapping(BASE + "/me/newcomer-profile")
    Mono<ResponseEntity<Void>> eraseOwn(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.eraseOwn(MatchingAccessOf.principal(principal)).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(BASE + "/me/export")
    Mono<Map<String, Object>> export(@AuthenticationPrincipal PlatformPrincipal principal) {
        return manage.exportOwn(MatchingAccessOf.principal(principal));
    }
}
