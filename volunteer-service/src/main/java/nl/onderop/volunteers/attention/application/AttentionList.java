package nl.onderop.volunteers.attention.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.attention.domain.AttentionItem;
import nl.onderop.volunteers.attention.domain.AttentionSettings;
import nl.onderop.volunteers.volunteer.application.VolunteerRepository;
import nl.onderop.volunteers.volunteer.application.VolunteerSearch;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/** The organisation's coordinator sees which of its volunteers need attention now, and why. */
@Component
public class AttentionList {

    public record Listed(List<AttentionItem> items, long total, int weeks) {
    }

    /** Longest waiting first, so the oldest silence is handled first. */
    static final Comparator<AttentionItem> ORDER = Comparator.comparing(AttentionItem::since)
            .thenComparing(item -> item.reason().value()).thenComparing(AttentionItem::volunteerId);

    private final VolunteerRepository volunteers;
    private final VolunteerSituations situations;
    private final ConfigureAttention settings;
    private final Clock clock;

    public AttentionList(VolunteerRepository volunteers, VolunteerSituations situations, ConfigureAttention settings,
                         Clock clock) {
        this.volunteers = volunteers;
        this.situations = situations;
        this.settings = settings;
        this.clock = clock;
    }

    public Mono<Listed> forCoordinator(VolunteerAccess access, int page, int pageSize) {
        return settings.current(access).flatMap(current -> {
            LocalDate today = LocalDate.now(clock.withZone(Activity.ZONE));
            return items(current, today).map(all -> new Listed(all.stream().skip((long) (page - 1) * pageSize)
                    .limit(pageSize).toList(), all.size(), current.weeks()));
        });
    }

    Mono<List<AttentionItem>> items(AttentionSettings current, LocalDate today) {
        VolunteerSearch ofOrganization = new VolunteerSearch(current.tenant(), current.organization(), false, null, null,
                null, null, null, null);
        return volunteers.findForSearch(ofOrganization)
                .filter(volunteer -> !volunteer.isErased() && volunteer.isMemberOf(current.organization()))
                .concatMap(volunteer -> situations.itemsFor(volunteer, current.organization(), current.weeks(), today))
                .flatMapIterable(items -> items)
                .sort(ORDER)
                .collectList();
    }

    static Mono<Void> requireCoordinator(VolunteerAccess access) {
        if (!access.isCoordinator() || access.soleTenant().isEmpty()) {
            return Mono.error(ApiProblem.forbidden("Only an organisation's coordinator, for one tenant, sees its attention list."));
        }
        return Mono.empty();
    }
}
