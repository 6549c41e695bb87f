package nl.onderop.matching.outcome.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.matching.outcome.application.MatchSeats.Seat;
import nl.onderop.matching.outcome.domain.OutcomeEvents;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;

/**
 * Stories about a match. The coordinator and the newcomer read all of a match's stories (the newcomer decides
 * on their publication, so it reads what it consents to); the volunteer reads its own. Publication needs the
 * newcomer's own consent (the coordinator records it only for a newcomer without an account); withdrawing is
 * open to the newcomer, the coordinator and the author, at any time. Reporting learns of every change of
 * publication through an event, with the text only while the story is publishable.
 */
@Component
public class ManageStories {

    private static final Set<MatchState> OPEN = Set.of(MatchState.ACCEPTED, MatchState.INTRODUCTION, MatchState.TRIAL,
            MatchState.ACTIVE, MatchState.ENDED);

    private final MatchSeats seats;
    private final StoryRepository stories;
    private final CloudEventFactory events;
    private final Clock clock;

    public ManageStories(MatchSeats seats, StoryRepository stories, CloudEventFactory events, Clock clock) {
        this.seats = seats;
        this.stories = stories;
        this.events = events;
        this.clock = clock;
    }

    public record Page(List<Story> stories, long total) {
    }

    /** A story by the caller's own side, or by {@code author} when the coordinator writes down the newcomer's. */
    public Mono<Story> write(MatchingAccess access, String matchId, Rater author, String text) {
        return seats.of(access, matchId).flatMap(seat -> {
            Match match = seat.match();
            Rater side = author == null ? seat.ownSide() : author;
            if (seat.recordedByFor(side).isEmpty()) {
                return Mono.error(ApiProblem.forbidden(side == Rater.NEWCOMER
                        ? "The newcomer writes its own story; the coordinator does so only for a newcomer without an account."
                        : "Only the " + side.value() + " of the match writes a story as " + side.value() + "."));
            }
            if (!OPEN.contains(match.state())) {
                return Mono.error(ApiProblem.conflict("Stories are told about accepted, running or ended matches; this one is "
                        + match.state().value() + "."));
            }
            return stories.insert(Story.written(UUID.randomUUID().toString(), match.id(), match.tenant(),
                    match.organization(), match.newcomerId(), side, match.volunteerId(), text, Instant.now(clock)));
        });
    }

    public Mono<Page> list(MatchingAccess access, String matchId, int page, int pageSize) {
        return seats.of(access, matchId).flatMap(seat -> {
            Rater only = seat.coordinator() || seat.newcomer() ? null : Rater.VOLUNTEER;
            long skip = (long) (page - 1) * pageSize;
            return Mono.zip(stories.findByMatch(seat.match().tenant(), matchId, only, skip, pageSize).collectList(),
                            stories.countByMatch(seat.match().tenant(), matchId, only))
                    .map(found -> new Page(found.getT1(), found.getT2()));
        });
    }

    /**
     * Makes a story publishable (with the newcomer's consent to the text of {@code consentVersion}) or withdraws
     * it from publication.
     */
    public Mono<Story> publication(MatchingAccess access, String storyId, boolean publishable, String consentVersion) {
        return visible(access, storyId).flatMap(seen -> {
            Story story = seen.story();
            Seat seat = seen.seat();
            Instant now = Instant.now(clock);
            Story changed;
            if (publishable) {
                String recordedBy = seat.recordedByFor(Rater.NEWCOMER).orElse(null);
                if (recordedBy == null) {
                    return Mono.error(ApiProblem.forbidden("Only the newcomer consents to the publication of a story; "
                            + "the coordinator records the consent only for a newcomer without an account."));
                }
                if (consentVersion == null || consentVersion.isBlank()) {
                    return Mono.error(ApiProblem.invalid("consentVersion", "required",
                            "Publication needs the newcomer's consent: the version of the consent text."));
                }
                changed = story.published(consentVersion.strip(), recordedBy, now);
            } else {
                boolean mayWithdraw = seat.coordinator() || seat.newcomer()
                        || (seat.volunteer() && story.author() == Rater.VOLUNTEER);
                if (!mayWithdraw) {
                    return Mono.error(ApiProblem.forbidden("The newcomer, the coordinator or the story's author withdraws it."));
                }
                changed = story.withdrawn(now);
            }
            List<OutboxMessage> announced = changed.publishable() == story.publishable() ? List.of()
                    : List.of(events.outboxMessage(OutcomeEvents.STORY_PUBLICATION_CHANGED, changed.tenant(), changed.id(),
                            OutcomeEvents.publicationChanged(changed)));
            return stories.update(changed, story.version(), announced)
                    .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The story changed meanwhile; reload it.")));
        });
    }

    private record SeenStory(Story story, Seat seat) {
    }

    private Mono<SeenStory> visible(MatchingAccess access, String storyId) {
        return stories.findById(storyId)
                .filter(story -> !story.isErased())
                .flatMap(story -> seats.of(access, story.matchId())
                        .onErrorResume(ApiProblem.class, hidden -> Mono.empty())
                        .filter(seat -> seat.coordinator() || seat.newcomer()
                                || (seat.volunteer() && story.author() == Rater.VOLUNTEER))
                        .map(seat -> new SeenStory(story, seat)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Story " + storyId)));
    }
}
