package nl.onderop.directory.organization.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The events other services need about organisations, and what they carry (nothing personal). */
public final class OrganizationEvents {

    public static final String REGISTERED = "nl.onderop.directory.organization.registered.v1";
    public static final String UPDATED = "nl.onderop.directory.organization.updated.v1";

    private OrganizationEvents() {
    }

    public static Map<String, Object> updated(Organization organization) {
        Map<String, Object> data = registered(organization);
        data.put("activeTenants", organization.activeTenants().stream().sorted().toList());
        data.put("version", organization.version());
        return data;
    }

    public static Map<String, Object> registered(Organization organization) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("organizationId", organization.id());
        data.put("tenant", organization.tenant());
        data.put("slug", organization.slug());
        data.put("name", organization.name());
        data.put("type", organization.type().value());
        data.put("status", organization.status().name().toLowerCase(Locale.ROOT));
        return data;
    }
}
