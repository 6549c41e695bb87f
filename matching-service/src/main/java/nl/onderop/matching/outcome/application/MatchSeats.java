package nl.onderop.matching.outcome.application;

import java.util.Optional;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.application.FindMatches;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.newcomer.application.NewcomerRepository;
import nl.onderop.matching.outcome.domain.Evaluation;
import nl.onderop.matching.outcome.domain.Rater;

/**
 * Where the caller sits at a match it may see ({@link FindMatches#visible}, so everyone else gets 404): as the
 * coordinator of the match's organisation, as the match's volunteer, or as the newcomer with its own account.
 */
@Component
public class MatchSeats {

    private final FindMatches find;
    private final NewcomerRepository newcomers;

    public MatchSeats(FindMatches find, NewcomerRepository newcomers) {
        this.find = find;
        this.newcomers = newcomers;
    }

    /**
     * @param newcomerHasAccount whether the newcomer signs in itself; without an account the coordinator acts
     *                           for it
     */
    public record Seat(Match match, boolean coordinator, boolean volunteer, boolean newcomer, boolean newcomerHasAccount) {

        /** How the caller may speak as {@code rater}: itself ({@code self}), for the newcomer, or not at all. */
        public Optional<String> recordedByFor(Rater rater) {
            return switch (rater) {
                case NEWCOMER -> newcomer ? Optional.of(Evaluation.SELF)
                        : coordinator && !newcomerHasAccount ? Optional.of(Evaluation.COORDINATOR) : Optional.empty();
                case VOLUNTEER -> volunteer ? Optional.of(Evaluation.SELF) : Optional.empty();
                case COORDINATOR -> coordinator ? Optional.of(Evaluation.SELF) : Optional.empty();
            };
        }

        /** The coordinator sees what every rater said; the volunteer and the newcomer what they said themselves. */
        public boolean sees(Rater rater) {
            return coordinator || (volunteer && rater == Rater.VOLUNTEER) || (newcomer && rater == Rater.NEWCOMER);
        }

        /** The caller's own side when it writes without naming one. */
        public Rater ownSide() {
            return coordinator ? Rater.COORDINATOR : volunteer ? Rater.VOLUNTEER : Rater.NEWCOMER;
        }
    }

    public Mono<Seat> of(MatchingAccess access, String matchId) {
        return find.visible(access, matchId).flatMap(seen -> {
            Match match = seen.match();
            return newcomers.findById(match.newcomerId() == null ? "" : match.newcomerId())
                    .map(newcomer -> newcomer.account() == null ? "" : newcomer.account())
                    .defaultIfEmpty("")
                    .map(account -> new Seat(match, access.coordinates(match.tenant(), match.organization()),
                            match.volunteerAccount() != null && access.is(match.volunteerAccount()),
                            !account.isEmpty() && access.is(account), !account.isEmpty()));
        });
    }
}
