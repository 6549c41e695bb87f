package nl.onderop.matching.outcome.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.onderop.matching.match.domain.MatchState;

/** Intake (the baseline), interim and end evaluation, in the order in which they happen. */
public enum EvaluationKind {
    INTAKE(Set.of(MatchState.ACCEPTED, MatchState.INTRODUCTION, MatchState.TRIAL, MatchState.ACTIVE)),
    INTERIM(Set.of(MatchState.ACCEPTED, MatchState.INTRODUCTION, MatchState.TRIAL, MatchState.ACTIVE)),
    END(Set.of(MatchState.ACTIVE, MatchState.ENDED));

    private final Set<MatchState> allowedIn;

    EvaluationKind(Set<MatchState> allowedIn) {
        this.allowedIn = allowedIn;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvaluationKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
    }

    /** May an evaluation of this kind be recorded while the match is in {@code state}? */
    public boolean allowedIn(MatchState state) {
        return allowedIn.contains(state);
    }
}
