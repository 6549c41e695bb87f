package nl.onderop.matching.referral.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Events about referrals: ids, tenant, organisations, service and status; never the note, the outcome or the alias. */
public final class ReferralEvents {

    private static final String PREFIX = "nl.onderop.matching.referral.";

    public static final String CREATED = PREFIX + "created.v1";
    public static final String ACCEPTED = PREFIX + "accepted.v1";
    public static final String DECLINED = PREFIX + "declined.v1";
    public static final String COMPLETED = PREFIX + "completed.v1";
    public static final String WITHDRAWN = PREFIX + "withdrawn.v1";

    private ReferralEvents() {
    }

    /** The event for arriving in a status. */
    public static String forStatus(ReferralStatus status) {
        return switch (status) {
            case CREATED -> CREATED;
            case ACCEPTED -> ACCEPTED;
            case DECLINED -> DECLINED;
            case COMPLETED -> COMPLETED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    public static Map<String, Object> data(Referral referral) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referral.id());
        data.put("tenant", referral.tenant());
        data.put("fromOrganization", referral.fromOrganization());
        data.put("toOrganization", referral.toOrganization());
        data.put("serviceId", referral.serviceId());
        data.put("newcomerId", referral.newcomerId());
        data.put("status", referral.status().value());
        data.put("withOutcome", referral.outcome() != null && !referral.outcome().isBlank());
        data.put("version", referral.version());
        return data;
    }
}
