package nl.onderop.matching.outcome.domain;

import java.time.Instant;
import java.util.Objects;

import nl.onderop.matching.newcomer.domain.Consent;

/**
 * A short story about a match, told by the newcomer, the volunteer or the coordinator ("what we do can't be
 * measured": let them tell it). It stays inside the organisation until the newcomer gives a separate consent
 * for publication in reports (purpose {@code story-publication}, with the text's version and time); the
 * newcomer, the coordinator or the author can withdraw it from publication at any time. An erased story keeps
 * only its id, tenant and organisation, so that reporting learns that it is no longer publishable.
 */
public record Story(String id, String matchId, String tenant, String organization, String newcomerId, Rater author,
                    String authorVolunteerId, String text, boolean publishable, Consent consent,
                    String consentRecordedBy, Instant withdrawnAt, Instant erasedAt, long version, Instant createdAt,
                    Instant updatedAt) {

    public static final String PUBLICATION_PURPOSE = "story-publication";
    public static final int MAX_TEXT = 2000;

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
        if (erasedAt == null) {
            Objects.requireNonNull(matchId, "matchId");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
            if (text.isBlank() || text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("A story has 1 to " + MAX_TEXT + " characters.");
            }
        }
        if (publishable && consent == null) {
            throw new IllegalArgumentException("A publishable story needs the newcomer's consent.");
        }
    }

    public static Story written(String id, String matchId, String tenant, String organization, String newcomerId,
                                Rater author, String authorVolunteerId, String text, Instant now) {
        return new Story(id, matchId, tenant, organization, newcomerId, author,
                author == Rater.VOLUNTEER ? authorVolunteerId : null, text.strip(), false, null, null, null, null, 1,
                now, now);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Publishable with the newcomer's consent, given itself ({@code self}) or recorded by the coordinator. */
    public Story published(String consentVersion, String recordedBy, Instant now) {
        requireNotErased();
        return new Story(id, matchId, tenant, organization, newcomerId, author, authorVolunteerId, text, true,
                new Consent(PUBLICATION_PURPOSE, consentVersion, now), recordedBy, null, null, version + 1, createdAt, now);
    }

    /** Withdrawn from publication: the consent goes, the moment of withdrawal stays. */
    public Story withdrawn(Instant now) {
        requireNotErased();
        return new Story(id, matchId, tenant, organization, newcomerId, author, authorVolunteerId, text, false, null,
                null, publishable ? now : withdrawnAt, null, version + 1, createdAt, now);
    }

    public Story erased(Instant now) {
        return new Story(id, null, tenant, organization, null, null, null, null, false, null, null, null, now,
                version + 1, createdAt, now);
    }

    private void requireNotErased() {
        if (isErased()) {
            throw new OutcomeRuleException("This story was erased.");
        }
    }
}
