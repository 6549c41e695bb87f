package nl.onderop.volunteers.volunteer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A volunteer in one tenant, serving one or more of its organisations. {@code account} is the subject of
 * the volunteer's own login, when there is one. {@code version} guards against lost updates.
 */
public record Volunteer(
        String id,
        String tenant,
        String account,
        VolunteerProfile profile,
        VolunteerStatus status,
        StopReason stopReason,
        List<Membership> memberships,
        PoolConsent poolConsent,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant erasedAt) {

    public Volunteer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        poolConsent = poolConsent == null ? PoolConsent.NOT_GIVEN : poolConsent;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * What is left after the person asked to be forgotten (GDPR art. 17): the id and tenant, so that events
     * about it still make sense, and nothing that identifies or describes the person.
     */
    public Volunteer erased(Instant now) {
        return new Volunteer(id, tenant, null, VolunteerProfile.ERASED, VolunteerStatus.STOPPED, null, List.of(),
                PoolConsent.NOT_GIVEN, version + 1, createdAt, now, now);
    }

    public boolean isMemberOf(String organization) {
        return memberships.stream().anyMatch(membership -> membership.organization().equals(organization));
    }

    public List<String> organizations() {
        return memberships.stream().map(Membership::organization).toList();
    }

    /** In the tenant pool: active and with consent. */
    public boolean isInPool() {
        return status == VolunteerStatus.ACTIVE && poolConsent.given();
    }

    public Volunteer withProfile(VolunteerProfile newProfile, Instant now) {
        return new Volunteer(id, tenant, account, newProfile, status, stopReason, memberships, poolConsent, version + 1,
                createdAt, now, erasedAt);
    }

    /** Moves along the lifecycle; the caller has checked {@link VolunteerStatus#mayMoveTo}. */
    public Volunteer movedTo(VolunteerStatus target, StopReason reason, Instant now) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalStateException("No transition from " + status + " to " + target);
        }
        return new Volunteer(id, tenant, account, profile, target, target == VolunteerStatus.STOPPED ? reason : null,
                memberships, poolConsent, version + 1, createdAt, now, erasedAt);
    }

    /** The volunteer also serves {@code organization} from now on (after accepting an introduction). */
    public Volunteer joining(String organization, Instant now) {
        if (isMemberOf(organization)) {
            return this;
        }
        List<Membership> more = new ArrayList<>(memberships);
        more.add(new Membership(organization, now));
        return new Volunteer(id, tenant, account, profile, status, stopReason, more, poolConsent, version + 1,
                createdAt, now, erasedAt);
    }

    public Volunteer withPoolConsent(PoolConsent consent, Instant now) {
        return new Volunteer(id, tenant, account, profile, status, stopReason, memberships, consent, version + 1,
                createdAt, now, erasedAt);
    }
}
