package nl.onderop.directory.hsds.adapter.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;

/**
 * Where a service is delivered, as an HSDS location: physical (address, coordinates, accessibility) or
 * virtual (a URL). Addresses are Dutch; the province comes from the tenant, as the domain does not keep it.
 */
@Component
class HsdsLocationMapper {

    private static final String COUNTRY = "NL";

    private final HsdsProperties properties;

    HsdsLocationMapper(HsdsProperties properties) {
        this.properties = properties;
    }

    /** Only the one-to-one fields, as in HSDS list answers. */
    HsdsObjects.Location summary(ServiceEntry entry, ServiceLocation place) {
        return location(entry, place, false, null);
    }

    HsdsObjects.Location full(ServiceEntry entry, ServiceLocation place, String language) {
        return location(entry, place, true, language);
    }

    private HsdsObjects.Location location(ServiceEntry entry, ServiceLocation place, boolean full, String language) {
        String id = HsdsIds.location(entry.organizationId(), place);
        boolean virtual = place.isVirtual();
        List<HsdsObjects.Address> addresses = full ? address(id, entry.tenant(), place).stream().toList() : null;
        List<HsdsObjects.Accessibility> accessibility = full ? accessibility(id, place, language) : null;
        String url = virtual ? HsdsUris.absoluteOrNull(place.virtualUrl()) : null;
        return new HsdsObjects.Location(id, virtual ? "virtual" : "physical", url, entry.organizationId(), place.name(),
                place.latitude(), place.longitude(), addresses, accessibility);
    }

    /**
     * HSDS requires street, city, postcode and province together; a place missing any of them keeps its
     * name and coordinates but gets no address rather than a made-up one.
     */
    private Optional<HsdsObjects.Address> address(String locationId, String tenant, ServiceLocation place) {
        if (place.isVirtual() || place.address() == null || place.city() == null || place.postcode() == null) {
            return Optional.empty();
        }
        return properties.province(tenant).map(province -> new HsdsObjects.Address(
                HsdsIds.derived(locationId, "address"), locationId, place.address(), place.city(), province,
                postcode(place.postcode()), COUNTRY, "physical"));
    }

    private static List<HsdsObjects.Accessibility> accessibility(String locationId, ServiceLocation place,
                                                                 String language) {
        String description = place.accessibility().in(language);
        return description == null ? List.of()
                : List.of(new HsdsObjects.Accessibility(HsdsIds.derived(locationId, "accessibility"), locationId,
                        description));
    }

    /** The Dutch way of writing it: {@code 2311 CS}. */
    private static String postcode(String postcode) {
        String compact = postcode.replace(" ", "");
        return compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : postcode;
    }
}
