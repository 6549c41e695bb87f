package nl.onderop.directory.service.domain;

import java.util.Objects;

import nl.onderop.directory.i18n.LocalizedText;

/**
 * Where a service is delivered (HSDS location + service_at_location): a physical place with an address and
 * coordinates, or a virtual one with only a URL. {@code id} identifies the service-at-location.
 */
public record ServiceLocation(
        String id,
        String name,
        String address,
        String postcode,
        String city,
        String district,
        Double latitude,
        Double longitude,
        LocalizedText accessibility,
        String virtualUrl) {

    public ServiceLocation {
        Objects.requireNonNull(id, "id");
        accessibility = accessibility == null ? LocalizedText.EMPTY : accessibility;
    }

    public ServiceLocation withId(String newId) {
        return new ServiceLocation(newId, name, address, postcode, city, district, latitude, longitude, accessibility,
                virtualUrl);
    }

    public boolean isVirtual() {
        return virtualUrl != null && address == null;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
