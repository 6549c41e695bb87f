package nl.onderop.matching.newcomer.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A newcomer known to one organisation of one tenant, optionally with an own account (role {@code newcomer}).
 * Registered only with recorded consent for matching; erasure empties the profile and keeps the id, so that
 * pseudonymous outcome figures that refer to it stay consistent.
 */
public record Newcomer(String id, String tenant, String organization, String account, NewcomerProfile profile,
                       List<Consent> consents, long version, Instant createdAt, Instant updatedAt, Instant erasedAt) {

    public Newcomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(profile, "profile");
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Newcomer withProfile(NewcomerProfile changed, Instant now) {
        return new Newcomer(id, tenant, organization, account, changed, consents, version + 1, createdAt, now, erasedAt);
    }

    public Newcomer erased(Instant now) {
        return new Newcomer(id, tenant, organization, null, NewcomerProfile.ERASED, List.of(), version + 1, createdAt,
                now, now);
    }
}
