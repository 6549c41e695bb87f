package nl.onderop.directory.hsds.adapter.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import nl.onderop.directory.service.domain.ServiceLocation;

/**
 * Ids for HSDS objects the domain keeps no id for (a phone, a schedule, an address). HSDS wants a UUID for
 * every object, and a consumer that syncs must see the same id on every read, so each is a name-based UUID
 * of its owner's id and the field it comes from.
 */
final class HsdsIds {

    private HsdsIds() {
    }

    static String derived(String ownerId, String... field) {
        String name = "onderop-hsds:" + ownerId + ":" + String.join(":", field);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * One id per place of an organisation, so that services delivered at the same address share their HSDS
     * location; a changed address is a different place.
     */
    static String location(String organizationId, ServiceLocation place) {
        String key = place.isVirtual()
                ? place.virtualUrl()
                : String.join("|", normalized(place.name()), normalized(place.address()), normalized(place.postcode()),
                        normalized(place.city()), String.valueOf(place.latitude()), String.valueOf(place.longitude()));
        return derived(organizationId, "location", key);
    }

    private static String normalized(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
