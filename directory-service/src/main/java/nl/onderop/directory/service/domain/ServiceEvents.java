package nl.onderop.directory.service.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The events other services need about directory services, and what they carry (nothing personal). */
public final class ServiceEvents {

    public static final String PUBLISHED = "nl.onderop.directory.service.published.v1";
    public static final String UPDATED = "nl.onderop.directory.service.updated.v1";
    public static final String WITHDRAWN = "nl.onderop.directory.service.withdrawn.v1";
    public static final String VERIFIED = "nl.onderop.directory.service.verified.v1";
    public static final String VERIFICATION_DUE = "nl.onderop.directory.service.verification-due.v1";

    private ServiceEvents() {
    }

    public static Map<String, Object> summary(ServiceEntry entry) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serviceId", entry.id());
        data.put("tenant", entry.tenant());
        data.put("organizationId", entry.organizationId());
        // the slug is what org coordinators' tokens carry: consumers match it against the caller
        data.put("organizationSlug", entry.organizationSlug());
        data.put("name", entry.content().name().in("nl"));
        data.put("status", entry.content().status().value());
        data.put("publication", entry.publication().name().toLowerCase(Locale.ROOT));
        data.put("categories", entry.content().categories());
        data.put("targetGroups", entry.content().targetGroups());
        data.put("districts", entry.content().districts().stream().toList());
        data.put("free", entry.content().free());
        data.put("version", entry.version());
        return data;
    }

    public static Map<String, Object> verified(ServiceEntry entry) {
        Map<String, Object> data = summary(entry);
        data.put("assuredDate", entry.assuredDate() == null ? null : entry.assuredDate().toString());
        return data;
    }

    public static Map<String, Object> verificationDue(ServiceEntry entry, VerificationPeriod period, int periodsOverdue) {
        Map<String, Object> data = summary(entry);
        data.put("lastConfirmedOn", entry.lastConfirmedOn().toString());
        data.put("dueOn", period.dueOn(entry).toString());
        data.put("periodsOverdue", periodsOverdue);
        return data;
    }
}
