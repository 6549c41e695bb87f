package nl.onderop.matching.match.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.domain.Answer;
import nl.onderop.matching.match.domain.EndReason;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.match.domain.MatchEvents;
import nl.onderop.matching.match.domain.MatchState;
import nl.onderop.matching.match.domain.MatchTransitionException;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.request.application.ManageHelpRequests;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.OutboxMessage;

/**
 * The steps of a match after its proposal: the coordinator approves or turns it down, volunteer and newcomer
 * each accept or decline (the coordinator records the answer of a person without an account), then the
 * coordinator moves it through introduction, trial and active, and ends it with a reason. A completed match
 * closes its help request.
 */
@Component
public class MatchLifecycle {

    private final FindMatches find;
    private final MatchRepository matches;
    private final NewcomerRepository newcomers;
    private final ManageHelpRequests requests;
    private final CloudEventFactory events;
    private final Clock clock;

    public MatchLifecycle(FindMatches find, MatchRepository matches, NewcomerRepository newcomers,
                          ManageHelpRequests requests, CloudEventFactory events, Clock clock) {
        this.find = find;
        this.matches = matches;
        this.newcomers = newcomers;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Match> decide(MatchingAccess access, String id, boolean approve) {
        return coordinated(access, id).flatMap(match -> change(match,
                current -> approve ? current.approved(now()) : current.rejected(now())));
    }

    public Mono<Match> answerAsVolunteer(MatchingAccess access, String id, boolean accept) {
        return find.visible(access, id).flatMap(seen -> {
            Match match = seen.match();
            boolean self = match.volunteerAccount() != null && access.is(match.volunteerAccount());
            boolean onBehalf = match.volunteerAccount() == null && access.coordinates(match.tenant(), match.organization());
            if (!self && !onBehalf) {
                return Mono.error(ApiProblem.forbidden(match.volunteerAccount() == null
                        ? "Only the coordinator records the answer of a volunteer without an account."
                        : "Only the volunteer answers for itself."));
            }
            Answer answer = new Answer(accept, self ? Answer.SELF : Answer.COORDINATOR, now());
            return change(match, current -> current.answeredByVolunteer(answer, now()));
        });
    }

    public Mono<Match> answerAsNewcomer(MatchingAccess access, String id, boolean accept) {
        return find.visible(access, id).flatMap(seen -> newcomers.findById(seen.match().newcomerId())
                .map(newcomer -> newcomer.account() == null ? "" : newcomer.account())
                .defaultIfEmpty("")
                .flatMap(account -> {
                    Match match = seen.match();
                    boolean self = !account.isEmpty() && access.is(account);
                    boolean onBehalf = account.isEmpty() && access.coordinates(match.tenant(), match.organization());
                    if (!self && !onBehalf) {
                        return Mono.error(ApiProblem.forbidden(account.isEmpty()
                                ? "Only the coordinator records the answer of a newcomer without an account."
                                : "Only the newcomer answers for itself."));
                    }
                    Answer answer = new Answer(accept, self ? Answer.SELF : Answer.COORDINATOR, now());
                    return change(match, current -> current.answeredByNewcomer(answer, now()));
                }));
    }

    public Mono<Match> advance(MatchingAccess access, String id, MatchState target) {
        return coordinated(access, id).flatMap(match -> change(match, current -> current.advancedTo(target, now())));
    }

    public Mono<Match> end(MatchingAccess access, String id, EndReason reason) {
        return coordinated(access, id)
                .flatMap(match -> change(match, current -> current.ended(reason, now())))
                .flatMap(ended -> reason == EndReason.COMPLETED && ended.requestId() != null
                        ? requests.closeById(ended.requestId(), HelpRequest.MATCH_COMPLETED).thenReturn(ended)
                        : Mono.just(ended));
    }

    private Mono<Match> coordinated(MatchingAccess access, String id) {
        return find.visible(access, id).flatMap(seen -> access.coordinates(seen.match().tenant(), seen.match().organization())
                ? Mono.just(seen.match())
                : Mono.error(ApiProblem.forbidden("Only the organisation's coordinator does this step.")));
    }

    /** Applies a step and stores it with its event; a step the state does not allow is a 409. */
    private Mono<Match> change(Match match, Function<Match, Match> step) {
        Match changed;
        try {
            changed = step.apply(match);
        } catch (MatchTransitionException notNow) {
            return Mono.error(ApiProblem.conflict(notNow.getMessage()));
        }
        List<OutboxMessage> announced = changed.state() == match.state() ? List.of()
                : List.of(events.outboxMessage(MatchEvents.forState(changed.state()), changed.tenant(), changed.id(),
                        MatchEvents.data(changed)));
        return matches.update(changed, match.version(), announced)
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The match changed meanwhile; reload it.")));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
