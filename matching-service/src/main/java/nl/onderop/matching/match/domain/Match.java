package nl.onderop.matching.match.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proposed or running pair of a help request (a newcomer) and a volunteer. Consent on both sides: the
 * coordinator approves, then volunteer and newcomer each accept; either may decline without a reason, and the
 * pair is then never proposed again. Every state change is kept in {@code history}.
 */
public record Match(String id, String tenant, String organization, String runId, String requestId, String newcomerId,
                   String volunteerId, String volunteerAccount, MatchState state, Explanation explanation,
                   Answer volunteerAnswer, Answer newcomerAnswer, String declinedBy, EndReason endReason,
                   List<Transition> history, long version, Instant createdAt, Instant updatedAt) {

    public record Transition(String state, Instant at) {
    }

    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(state, "state");
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Match proposed(String id, String tenant, String organization, String runId, String requestId,
                                 String newcomerId, String volunteerId, String volunteerAccount, Explanation explanation,
                                 Instant now) {
        return new Match(id, tenant, organization, runId, requestId, newcomerId, volunteerId, volunteerAccount,
                MatchState.PROPOSED, explanation, null, null, null, null,
                List.of(new Transition(MatchState.PROPOSED.value(), now)), 1, now, now);
    }

    public Match approved(Instant now) {
        require(state == MatchState.PROPOSED, "Only a proposed match can be approved.");
        return moved(MatchState.APPROVED, volunteerAnswer, newcomerAnswer, null, null, now);
    }

    /** The coordinator turns a proposal down; remembered like any decline. */
    public Match rejected(Instant now) {
        require(state == MatchState.PROPOSED || state == MatchState.APPROVED, "Only an undecided match can be turned down.");
        return moved(MatchState.DECLINED, volunteerAnswer, newcomerAnswer, "coordinator", null, now);
    }

    public Match answeredByVolunteer(Answer answer, Instant now) {
        require(state == MatchState.APPROVED, "The volunteer answers once the coordinator approved the match.");
        require(volunteerAnswer == null, "The volunteer answered already.");
        return answer.accepted() ? acceptedBy(answer, newcomerAnswer, now)
                : moved(MatchState.DECLINED, answer, newcomerAnswer, "volunteer", null, now);
    }

    public Match answeredByNewcomer(Answer answer, Instant now) {
        require(state == MatchState.APPROVED, "The newcomer answers once the coordinator approved the match.");
        require(newcomerAnswer == null, "The newcomer answered already.");
        return answer.accepted() ? acceptedBy(volunteerAnswer, answer, now)
                : moved(MatchState.DECLINED, volunteerAnswer, answer, "newcomer", null, now);
    }

    /** The next phase after acceptance: introduction, then trial, then active; one step at a time. */
    public Match advancedTo(MatchState target, Instant now) {
        MatchState next = switch (state) {
            case ACCEPTED -> MatchState.INTRODUCTION;
            case INTRODUCTION -> MatchState.TRIAL;
            case TRIAL -> MatchState.ACTIVE;
            default -> null;
        };
        require(next != null && next == target,
                "From " + state.value() + " the next step is " + (next == null ? "none" : next.value()) + ".");
        return moved(target, volunteerAnswer, newcomerAnswer, null, null, now);
    }

    public Match ended(EndReason reason, Instant now) {
        require(state == MatchState.ACCEPTED || state.isUnderway(), "Only an accepted or running match can end.");
        return moved(MatchState.ENDED, volunteerAnswer, newcomerAnswer, null, reason, now);
    }

    /** The volunteer was erased: the link to the person goes, a running match ends. */
    public Match withoutVolunteer(Instant now) {
        MatchState after = state.isLive() ? MatchState.ENDED : state;
        List<Transition> steps = new ArrayList<>(history);
        if (after != state) {
            steps.add(new Transition(after.value(), now));
        }
        return new Match(id, tenant, organization, runId, requestId, newcomerId, null, null, after,
                explanation == null ? null : explanation.withoutVolunteer(volunteerId), volunteerAnswer, newcomerAnswer,
                declinedBy, after != state ? EndReason.VOLUNTEER_STOPPED : endReason, steps, version + 1, createdAt, now);
    }

    /** Does this match name the volunteer, as its volunteer or among the alternatives it was weighed against? */
    public boolean names(String someVolunteer) {
        return someVolunteer.equals(volunteerId) || explanation != null
                && explanation.alternatives().stream().anyMatch(alternative -> someVolunteer.equals(alternative.volunteerId()));
    }

    /** Another volunteer, once weighed as an alternative for this match, was erased: its id leaves the explanation. */
    public Match withoutAlternative(String erasedVolunteer, Instant now) {
        return new Match(id, tenant, organization, runId, requestId, newcomerId, volunteerId, volunteerAccount, state,
                explanation == null ? null : explanation.withoutVolunteer(erasedVolunteer), volunteerAnswer, newcomerAnswer,
                declinedBy, endReason, history, version + 1, createdAt, now);
    }

    private Match acceptedBy(Answer volunteer, Answer newcomer, Instant now) {
        boolean both = volunteer != null && volunteer.accepted() && newcomer != null && newcomer.accepted();
        return moved(both ? MatchState.ACCEPTED : state, volunteer, newcomer, null, null, now);
    }

    private Match moved(MatchState target, Answer volunteer, Answer newcomer, String decliner, EndReason reason, Instant now) {
        List<Transition> steps = new ArrayList<>(history);
        if (target != state) {
            steps.add(new Transition(target.value(), now));
        }
        return new Match(id, tenant, organization, runId, requestId, newcomerId, volunteerId, volunteerAccount, target,
                explanation, volunteer, newcomer, decliner == null ? declinedBy : decliner,
                reason == null ? endReason : reason, steps, version + 1, createdAt, now);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MatchTransitionException(message);
        }
    }
}
