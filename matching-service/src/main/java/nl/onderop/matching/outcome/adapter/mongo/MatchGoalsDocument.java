package nl.onderop.matching.outcome.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.outcome.domain.Goal;
import nl.onderop.matching.outcome.domain.GoalLevels;
import nl.onderop.matching.outcome.domain.MatchGoals;
import nl.onderop.matching.outcome.domain.OutcomeDomain;

@Document(MatchGoalsDocument.COLLECTION)
record MatchGoalsDocument(@Id String id, String tenant, String organization, String newcomerId, List<GoalEntry> goals,
                          boolean locked, long version, Instant updatedAt) {

    static final String COLLECTION = "outcome_goals";

    record GoalEntry(String domain, String title, GoalLevels levels, int weight) {
    }

    static MatchGoalsDocument from(MatchGoals goals) {
        return new MatchGoalsDocument(goals.matchId(), goals.tenant(), goals.organization(), goals.newcomerId(),
                goals.goals().stream().map(goal -> new GoalEntry(goal.domain().value(), goal.title(), goal.levels(),
                        goal.weight())).toList(),
                goals.locked(), goals.version(), goals.updatedAt());
    }

    MatchGoals toGoals() {
        return new MatchGoals(id, tenant, organization, newcomerId, goals == null ? List.of() : goals.stream()
                .map(goal -> new Goal(OutcomeDomain.fromValue(goal.domain())
                        .orElseThrow(() -> new IllegalStateException("Stored domain unknown: " + goal.domain())),
                        goal.title(), goal.levels(), goal.weight()))
                .toList(), locked, version, updatedAt);
    }
}
