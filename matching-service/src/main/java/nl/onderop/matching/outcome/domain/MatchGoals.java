package nl.onderop.matching.outcome.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.onderop.matching.match.domain.MatchState;

/**
 * The goals of one match (its id is the match's id). Set by the coordinator from acceptance until the match
 * ends; fixed as soon as the first evaluation exists, because every evaluation scores these goals by number.
 * Keyed by the newcomer too, so that an erasure finds them after the match itself is gone.
 */
public record MatchGoals(String matchId, String tenant, String organization, String newcomerId, List<Goal> goals,
                         boolean locked, long version, Instant updatedAt) {

    public static final int MAX_GOALS = 5;

    private static final Set<MatchState> OPEN = Set.of(MatchState.ACCEPTED, MatchState.INTRODUCTION, MatchState.TRIAL,
            MatchState.ACTIVE);

    public MatchGoals {
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** A match without goals yet (version 0: never stored). */
    public static MatchGoals none(String matchId, String tenant, String organization, String newcomerId) {
        return new MatchGoals(matchId, tenant, organization, newcomerId, List.of(), false, 0, null);
    }

    public static boolean settableIn(MatchState state) {
        return OPEN.contains(state);
    }

    public boolean isEmpty() {
        return goals.isEmpty();
    }

    public boolean isStored() {
        return version > 0;
    }

    public MatchGoals replacedBy(List<Goal> changed, Instant now) {
        if (locked) {
            throw new OutcomeRuleException("The goals are fixed once the first evaluation is recorded.");
        }
        if (changed.isEmpty() || changed.size() > MAX_GOALS) {
            throw new IllegalArgumentException("A match has 1 to " + MAX_GOALS + " goals.");
        }
        return new MatchGoals(matchId, tenant, organization, newcomerId, changed, false, version + 1, now);
    }

    /** Fixes the goals for the evaluation about to be recorded. */
    public MatchGoals lockedForEvaluation(Instant now) {
        return new MatchGoals(matchId, tenant, organization, newcomerId, goals, true, version + 1, now);
    }
}
