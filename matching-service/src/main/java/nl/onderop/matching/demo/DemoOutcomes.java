package nl.onderop.matching.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.domain.Match;
import nl.onderop.matching.outcome.application.ManageGoals;
import nl.onderop.matching.outcome.application.ManageStories;
import nl.onderop.matching.outcome.application.RecordEvaluations;
import nl.onderop.matching.outcome.domain.EvaluationKind;
import nl.onderop.matching.outcome.domain.Goal;
import nl.onderop.matching.outcome.domain.GoalLevels;
import nl.onderop.matching.outcome.domain.OutcomeDomain;
import nl.onderop.matching.outcome.domain.Rater;

/**
 * Outcomes for the demo's running matches: two goals on a GAS ladder, an intake by the coordinator and the
 * newcomer, an interim once active, an end evaluation and a publishable story for a completed match. The
 * levels are invented and vary with the match, so the T-scores differ.
 */
@Component
class DemoOutcomes {

    private static final List<Goal> GOALS = List.of(
            new Goal(OutcomeDomain.LANGUAGE, "Zelf een gesprek voeren bij de huisarts", new GoalLevels(
                    "Vermijdt gesprekken in het Nederlands", "Voert een kort gesprek met veel hulp",
                    "Voert een kort gesprek met weinig hulp", "Voert het gesprek zelf", "Helpt anderen met zo'n gesprek"), 2),
            new Goal(OutcomeDomain.SOCIAL_NETWORK, "Mensen in de wijk kennen", new GoalLevels(
                    "Kent niemand in de wijk", "Kent één buur van gezicht", "Spreekt twee of drie buren geregeld",
                    "Doet mee aan een activiteit in de wijk", "Organiseert zelf iets in de wijk"), 1));

    private final ManageGoals goals;
    private final RecordEvaluations evaluations;
    private final ManageStories stories;

    DemoOutcomes(ManageGoals goals, RecordEvaluations evaluations, ManageStories stories) {
        this.goals = goals;
        this.evaluations = evaluations;
        this.stories = stories;
    }

    /** Goals and the intake by coordinator and newcomer: the baseline, mostly below expectation. */
    Mono<Void> intake(MatchingAccess coordinator, Match match) {
        return goals.set(coordinator, match.id(), GOALS, null)
                .then(evaluate(coordinator, match, EvaluationKind.INTAKE, Rater.COORDINATOR, -2, -1))
                .then(evaluate(coordinator, match, EvaluationKind.INTAKE, Rater.NEWCOMER, -1, -2));
    }

    Mono<Void> interim(MatchingAccess coordinator, Match match) {
        int progress = Math.floorMod(match.id().hashCode(), 2);
        return evaluate(coordinator, match, EvaluationKind.INTERIM, Rater.COORDINATOR, -1 + progress, -1);
    }

    Mono<Void> end(MatchingAccess coordinator, Match match) {
        return evaluate(coordinator, match, EvaluationKind.END, Rater.COORDINATOR, 1, 0)
                .then(evaluate(coordinator, match, EvaluationKind.END, Rater.NEWCOMER, 0, 1))
                .then(stories.write(coordinator, match.id(), Rater.COORDINATOR,
                        "[demo] Ze spraken elke week af in de bibliotheek. Na een half jaar belde zij zelf de huisarts, "
                                + "en inmiddels helpt ze een buurvrouw met brieven.")
                        .flatMap(story -> stories.publication(coordinator, story.id(), true, "2026-1")))
                .then();
    }

    private Mono<Void> evaluate(MatchingAccess coordinator, Match match, EvaluationKind kind, Rater rater,
                                int language, int network) {
        return evaluations.record(coordinator, match.id(), kind, rater, List.of(new RecordEvaluations.GoalLevel(1, language),
                new RecordEvaluations.GoalLevel(2, network)), null).then();
    }
}
