package nl.onderop.platform.audit;

/** How an audited action ended: done, refused by an access rule, or failed on the way. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
