package nl.onderop.volunteers.attention.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.activity.application.ActivityRepository;
import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.activity.domain.ActivityKind;
import nl.onderop.volunteers.attention.domain.AttentionItem;
import nl.onderop.volunteers.attention.domain.AttentionRules;
import nl.onderop.volunteers.attention.domain.VolunteerSituation;
import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.Volunteer;

/** Gathers the facts the attention rules judge, for one volunteer as seen by one of its organisations. */
@Component
public class VolunteerSituations {

    private final ActivityRepository activities;
    private final CheckInRepository checkIns;

    public VolunteerSituations(ActivityRepository activities, CheckInRepository checkIns) {
        this.activities = activities;
        this.checkIns = checkIns;
    }

    public Mono<List<AttentionItem>> itemsFor(Volunteer volunteer, String organization, int weeks, LocalDate today) {
        return situation(volunteer, organization, weeks, today)
                .map(situation -> AttentionRules.itemsFor(situation, weeks, today));
    }

    Mono<VolunteerSituation> situation(Volunteer volunteer, String organization, int weeks, LocalDate today) {
        LocalDate registeredOn = volunteer.memberships().stream()
                .filter(membership -> membership.organization().equals(organization))
                .map(Membership::since).findFirst().orElse(volunteer.createdAt())
                .atZone(Activity.ZONE).toLocalDate();
        return Mono.zip(
                activities.lastDate(volunteer.tenant(), volunteer.id(), organization).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()),
                checkIns.lastDate(volunteer.tenant(), organization, volunteer.id()).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()),
                activities.findOfKindSince(volunteer.tenant(), volunteer.id(), ActivityKind.BUDDY_MEETING,
                                AttentionRules.windowStart(weeks, today))
                        .map(meeting -> new VolunteerSituation.BuddyMeeting(meeting.organization(), meeting.date()))
                        .collectList())
                .map(facts -> new VolunteerSituation(volunteer.id(), volunteer.profile().firstName(), volunteer.status(),
                        registeredOn, facts.getT1().orElse(null), facts.getT2().orElse(null), facts.getT3(),
                        volunteer.profile().maxConcurrentMatches()));
    }
}
