package nl.onderop.platform.audit;

/**
 * The audit actions that more than one service writes; a service's own actions (e.g. {@code volunteer.vog.set},
 * {@code service.verify}) are constants next to the code that writes them. docs/security.md lists them all.
 */
public final class AuditActions {

    /** A person downloaded the data a service keeps about them (GDPR art. 15). */
    public static final String EXPORT = "person.export";
    /** A person's data was erased, on their own request or by their organisation's coordinator (art. 17). */
    public static final String ERASURE = "person.erasure";
    /** A person gave or withdrew a consent (the tenant pool, matching). */
    public static final String CONSENT = "person.consent";

    private AuditActions() {
    }
}
