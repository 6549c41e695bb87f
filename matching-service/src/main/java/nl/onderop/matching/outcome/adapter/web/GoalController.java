package nl.onderop.matching.outcome.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.adapter.web.MatchingAccessOf;
import nl.onderop.matching.outcome.application.ManageGoals;
import nl.onderop.matching.outcome.domain.Goal;
import nl.onderop.matching.outcome.domain.GoalLevels;
import nl.onderop.matching.outcome.domain.MatchGoals;
import nl.onderop.matching.outcome.domain.OutcomeDomain;
import nl.onderop.platform.security.PlatformPrincipal;

/** A match's goals on a Goal Attainment Scaling ladder: read by everyone at the match, set by its coordinator. */
@RestController
class GoalController {

    private static final String BASE = "/api/matching/v1";
    static final String DOMAINS = "language|social-network|work-and-education|self-reliance-bureaucracy"
            + "|self-reliance-money|self-reliance-digital|wellbeing";

    record GoalsRequest(@NotNull @Size(min = 1, max = MatchGoals.MAX_GOALS) List<@Valid @NotNull GoalRequest> goals,
                        Long version) {
    }

    record GoalRequest(@NotBlank @Pattern(regexp = DOMAINS, message = "One of " + "language, social-network, "
                               + "work-and-education, self-reliance-bureaucracy, self-reliance-money, self-reliance-digital, wellbeing.")
                       String domain,
                       @NotBlank @Size(max = 200) String title,
                       @NotNull @Valid LevelsRequest levels,
                       @Min(1) @Max(Goal.MAX_WEIGHT) Integer weight) {

        Goal goal() {
            return new Goal(OutcomeDomain.fromValue(domain).orElseThrow(), title.strip(), levels.levels(),
                    weight == null ? Goal.DEFAULT_WEIGHT : weight);
        }
    }

    record LevelsRequest(@NotBlank @Size(max = 500) String muchLessThanExpected,
                         @NotBlank @Size(max = 500) String lessThanExpected,
                         @NotBlank @Size(max = 500) String expected,
                         @NotBlank @Size(max = 500) String moreThanExpected,
                         @NotBlank @Size(max = 500) String muchMoreThanExpected) {

        GoalLevels levels() {
            return new GoalLevels(muchLessThanExpected.strip(), lessThanExpected.strip(), expected.strip(),
                    moreThanExpected.strip(), muchMoreThanExpected.strip());
        }
    }

    record GoalResponse(int number, String domain, String title, int weight, GoalLevels levels) {
    }

    record GoalsResponse(String matchId, List<GoalResponse> goals, boolean locked, long version, Instant updatedAt) {

        static GoalsResponse of(MatchGoals goals) {
            return new GoalsResponse(goals.matchId(), IntStream.range(0, goals.goals().size())
                    .mapToObj(i -> {
                        Goal goal = goals.goals().get(i);
                        return new GoalResponse(i + 1, goal.domain().value(), goal.title(), goal.weight(), goal.levels());
                    }).toList(),
                    goals.locked(), goals.version(), goals.updatedAt());
        }
    }

    private final ManageGoals manage;

    GoalController(ManageGoals manage) {
        this.manage = manage;
    }

    @GetMapping(BASE + "/matches/{id}/goals")
    Mono<GoalsResponse> get(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id) {
        return manage.get(MatchingAccessOf.principal(principal), id).map(GoalsResponse::of);
    }

    @PutMapping(BASE + "/matches/{id}/goals")
    Mono<GoalsResponse> set(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                            @Valid @RequestBody GoalsRequest request) {
        return manage.set(MatchingAccessOf.principal(principal), id,
                        request.goals().stream().map(GoalRequest::goal).toList(), request.version())
                .map(GoalsResponse::of);
    }
}
