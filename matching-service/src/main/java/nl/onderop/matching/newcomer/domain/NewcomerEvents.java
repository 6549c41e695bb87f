package nl.onderop.matching.newcomer.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Events about newcomers: pseudonymous ids, tenant, organisation and needs; never the alias. */
public final class NewcomerEvents {

    public static final String REGISTERED = "nl.onderop.matching.newcomer.registered.v1";
    public static final String ERASED = "nl.onderop.matching.newcomer.erased.v1";

    private NewcomerEvents() {
    }

    public static Map<String, Object> registered(Newcomer newcomer) {
        Map<String, Object> data = erased(newcomer);
        data.put("needs", newcomer.profile().needs());
        data.put("district", newcomer.profile().district());
        data.put("selfRegistered", newcomer.account() != null);
        return data;
    }

    public static Map<String, Object> erased(Newcomer newcomer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("newcomerId", newcomer.id());
        data.put("tenant", newcomer.tenant());
        data.put("organization", newcomer.organization());
        return data;
    }
}
