package nl.onderop.matching.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.onderop.matching.newcomer.domain.Consent;

/**
 * A warm hand-over of a newcomer, with the newcomer's consent, from one organisation to a service of another
 * organisation in the same tenant. The referring organisation writes a short note for the receiving one; the
 * receiving organisation accepts or declines, and completes what it accepted, optionally with an outcome note
 * for the referrer. Every status change is kept in {@code history}.
 */
public record Referral(String id, String tenant, String fromOrganization, String toOrganization, String serviceId,
                       String serviceName, String newcomerId, String note, Consent consent, ReferralStatus status,
                       String outcome, List<Transition> history, long version, Instant createdAt, Instant updatedAt) {

    public static final String CONSENT_PURPOSE = "referral";
    public static final int MAX_NOTE = 1000;
    public static final int MAX_OUTCOME = 500;

    public record Transition(String status, Instant at) {
    }

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(fromOrganization, "fromOrganization");
        Objects.requireNonNull(toOrganization, "toOrganization");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(newcomerId, "newcomerId");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(status, "status");
        if (!CONSENT_PURPOSE.equals(consent.purpose())) {
            throw new IllegalArgumentException("A referral needs consent for the purpose " + CONSENT_PURPOSE);
        }
        if (fromOrganization.equals(toOrganization)) {
            throw new IllegalArgumentException("A referral goes to another organisation");
        }
        note = note == null ? "" : note;
        if (note.length() > MAX_NOTE || outcome != null && outcome.length() > MAX_OUTCOME) {
            throw new IllegalArgumentException("Note or outcome too long");
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Referral created(String id, String tenant, String fromOrganization, String toOrganization,
                                   String serviceId, String serviceName, String newcomerId, String note,
                                   Consent consent, Instant now) {
        return new Referral(id, tenant, fromOrganization, toOrganization, serviceId, serviceName, newcomerId, note,
                consent, ReferralStatus.CREATED, null, List.of(new Transition(ReferralStatus.CREATED.value(), now)), 1,
                now, now);
    }

    /**
     * The referral after a step to {@code target}; asking for the status it already has (with no other outcome)
     * changes nothing, so that a repeated request is harmless.
     */
    public Referral movedTo(ReferralStatus target, String outcomeNote, Instant now) {
        if (outcomeNote != null && !target.takesOutcome()) {
            throw new ReferralTransitionException("An outcome goes with declined or completed only.");
        }
        if (target == status && (outcomeNote == null || outcomeNote.equals(outcome))) {
            return this;
        }
        boolean allowed = switch (target) {
            case ACCEPTED, DECLINED, WITHDRAWN -> status == ReferralStatus.CREATED;
            case COMPLETED -> status == ReferralStatus.ACCEPTED;
            case CREATED -> false;
        };
        if (!allowed) {
            throw new ReferralTransitionException("A referral that is " + status.value() + " cannot become "
                    + target.value() + ".");
        }
        List<Transition> steps = new ArrayList<>(history);
        steps.add(new Transition(target.value(), now));
        return new Referral(id, tenant, fromOrganization, toOrganization, serviceId, serviceName, newcomerId, note,
                consent, target, outcomeNote, steps, version + 1, createdAt, now);
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
