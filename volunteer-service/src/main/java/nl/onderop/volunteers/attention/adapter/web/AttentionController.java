package nl.onderop.volunteers.attention.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformPrincipal;
import nl.onderop.volunteers.activity.adapter.web.ActivityPaging;
import nl.onderop.volunteers.attention.application.AttentionList;
import nl.onderop.volunteers.attention.application.ConfigureAttention;
import nl.onderop.volunteers.attention.domain.AttentionItem;
import nl.onderop.volunteers.attention.domain.AttentionSettings;
import nl.onderop.volunteers.volunteer.adapter.web.VolunteerAccessOf;

/** The organisation coordinator's early warnings and the window they use. */
@RestController
@RequestMapping("/api/volunteers/v1")
class AttentionController {

    record AttentionItemResponse(String volunteerId, String firstName, String reason, LocalDate since) {

        static AttentionItemResponse of(AttentionItem item) {
            return new AttentionItemResponse(item.volunteerId(), item.firstName(), item.reason().value(), item.since());
        }
    }

    record AttentionListResponse(int weeks, List<AttentionItemResponse> items, ActivityPaging.PageInfo page) {
    }

    record SettingsRequest(@NotNull Integer weeks) {
    }

    record SettingsResponse(String organization, int weeks, Instant updatedAt) {

        static SettingsResponse of(AttentionSettings settings) {
            return new SettingsResponse(settings.organization(), settings.weeks(), settings.updatedAt());
        }
    }

    private final AttentionList list;
    private final ConfigureAttention configure;

    AttentionController(AttentionList list, ConfigureAttention configure) {
        this.list = list;
        this.configure = configure;
    }

    @GetMapping("/attention-list")
    Mono<AttentionListResponse> list(@AuthenticationPrincipal PlatformPrincipal principal,
                                     @RequestParam(defaultValue = "1") int page,
                                     @RequestParam(defaultValue = "20") int pageSize) {
        ActivityPaging paging = ActivityPaging.checked(page, pageSize);
        return list.forCoordinator(VolunteerAccessOf.principal(principal), paging.number(), paging.size())
                .map(listed -> new AttentionListResponse(listed.weeks(),
                        listed.items().stream().map(AttentionItemResponse::of).toList(), paging.info(listed.total())));
    }

    @GetMapping("/attention-settings")
    Mono<SettingsResponse> settings(@AuthenticationPrincipal PlatformPrincipal principal) {
        return configure.current(VolunteerAccessOf.principal(principal)).map(SettingsResponse::of);
    }

    @PutMapping("/attention-settings")
    Mono<SettingsResponse> change(@AuthenticationPrincipal PlatformPrincipal principal,
                                  @Valid @RequestBody SettingsRequest request) {
        return configure.change(VolunteerAccessOf.principal(principal), request.weeks()).map(SettingsResponse::of);
    }
}
