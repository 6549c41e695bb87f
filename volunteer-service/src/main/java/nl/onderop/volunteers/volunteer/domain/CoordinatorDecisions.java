package nl.onderop.volunteers.volunteer.domain;

/**
 * The part of a volunteer's profile that only a coordinator of the volunteer's organisation decides: how many
 * matches at once, whether the volunteer is a newcomer too, and the VOG status. The volunteer's self-service
 * cannot send these; a field left out ({@code null}) keeps what is stored.
 */
public record CoordinatorDecisions(Integer maxConcurrentMatches, Boolean newcomer,
                                   VolunteerProfile.CertificateOfConduct certificateOfConduct) {

    /** Changes nothing that was decided. */
    public static final CoordinatorDecisions KEEP = new CoordinatorDecisions(null, null, null);

    /** The profile a volunteer declared, with these decisions over the ones {@code current} holds. */
    public VolunteerProfile applyTo(VolunteerProfile declared, VolunteerProfile current) {
        return declared.withDecisions(
                maxConcurrentMatches == null ? current.maxConcurrentMatches() : maxConcurrentMatches,
                newcomer == null ? current.newcomer() : newcomer,
                certificateOfConduct == null ? current.certificateOfConduct() : certificateOfConduct);
    }
}
