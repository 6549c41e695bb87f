package nl.onderop.platform.audit;

import java.util.Objects;

import nl.onderop.platform.security.PlatformPrincipal;

/**
 * One line of the audit trail: what was done ({@code action}, e.g. {@code volunteer.vog.set}), by whom (the
 * token's subject, an opaque Keycloak id, or {@code anonymous}/{@code system}), in which tenant, on which
 * object ({@code type:id}, never a name) and how it ended. Free text is never part of an entry.
 */
public record AuditEntry(String action, String actor, String tenant, String object, AuditOutcome outcome) {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        actor = actor == null || actor.isBlank() ? ANONYMOUS : actor;
    }

    public static AuditEntry of(String action, PlatformPrincipal caller, String tenant, String objectType,
                                String objectId, AuditOutcome outcome) {
        return new AuditEntry(action, caller == null ? null : caller.subject(), tenant,
                objectType == null ? null : objectType + ":" + objectId, outcome);
    }

    /** An entry for work the platform does itself (event listeners, jobs): the actor is {@code system}. */
    public static AuditEntry bySystem(String action, String tenant, String objectType, String objectId,
                                      AuditOutcome outcome) {
        return new AuditEntry(action, SYSTEM, tenant, objectType + ":" + objectId, outcome);
    }
}
