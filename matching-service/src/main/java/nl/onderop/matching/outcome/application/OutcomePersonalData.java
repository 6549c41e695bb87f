package nl.onderop.matching.outcome.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import nl.onderop.matching.candidate.application.VolunteerErasureListener;
import nl.onderop.matching.newcomer.application.NewcomerDataHolder;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.outcome.domain.OutcomeEvents;
import nl.onderop.matching.outcome.domain.Rater;
import nl.onderop.matching.outcome.domain.Story;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.storage.UntilWritten;

/**
 * Outcomes in exports and erasures. The export holds what the newcomer sees in the API: the goals of its
 * matches, its own evaluations and the stories about its matches. An erased newcomer's goals, evaluations and
 * stories go (matched by the newcomer's id, since the match feature removes the matches themselves). An erased
 * volunteer's evaluations keep their levels but lose their note and the link to the person; the volunteer's
 * stories go. A story that was publishable is kept as an empty shell instead, so that its event telling
 * reporting to drop the text is not lost with the document.
 */
@Component
public class OutcomePersonalData implements NewcomerDataHolder, VolunteerErasureListener {

    private final MatchGoalsRepository goals;
    private final EvaluationRepository evaluations;
    private final StoryRepository stories;
    private final CloudEventFactory events;
    private final Clock clock;

    public OutcomePersonalData(MatchGoalsRepository goals, EvaluationRepository evaluations, StoryRepository stories,
                               CloudEventFactory events, Clock clock) {
        this.goals = goals;
        this.evaluations = evaluations;
        this.stories = stories;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "outcomes";
    }

    @Override
    public Mono<Object> export(Newcomer newcomer) {
        return Mono.zip(goals.findByNewcomer(newcomer.tenant(), newcomer.id()).collectList(),
                        evaluations.findByNewcomer(newcomer.tenant(), newcomer.id())
                                .filter(evaluation -> evaluation.rater() == Rater.NEWCOMER).collectList(),
                        stories.findByNewcomer(newcomer.tenant(), newcomer.id()).collectList())
                .map(found -> {
                    Map<String, Object> part = new LinkedHashMap<>();
                    part.put("goals", found.getT1());
                    part.put("evaluations", found.getT2());
                    part.put("stories", found.getT3());
                    return part;
                });
    }

    @Override
    public Mono<Void> erase(Newcomer newcomer) {
        return goals.deleteByNewcomer(newcomer.tenant(), newcomer.id())
                .then(evaluations.deleteByNewcomer(newcomer.tenant(), newcomer.id()))
                .then(eraseAll(stories.findByNewcomer(newcomer.tenant(), newcomer.id())));
    }

    @Override
    public Mono<Void> volunteerErased(String tenant, String volunteerId) {
        return evaluations.findByRaterVolunteer(tenant, volunteerId).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(evaluation -> evaluations.replace(evaluation.withoutVolunteer()))
                .then(eraseAll(stories.findByAuthorVolunteer(tenant, volunteerId)));
    }

    /**
     * Read to the end before the first write (the MongoDB-wire server stalls on writes under an open cursor). A
     * story that changed meanwhile is read again and erased again ({@link UntilWritten}), never skipped.
     */
    private Mono<Void> eraseAll(Flux<Story> found) {
        return found.map(Story::id).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(id -> UntilWritten.rewriting("story " + id, () -> stories.findById(id), this::erase))
                .then();
    }

    /** Empty when the story changed since it was read. */
    private Mono<?> erase(Story story) {
        if (!story.publishable()) {
            return stories.delete(story).thenReturn(true);
        }
        Story erased = story.erased(Instant.now(clock));
        return stories.update(erased, story.version(), List.of(events.outboxMessage(
                OutcomeEvents.STORY_PUBLICATION_CHANGED, erased.tenant(), erased.id(),
                OutcomeEvents.publicationChanged(erased))));
    }
}
