package nl.onderop.directory.hsds.application;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import nl.onderop.directory.service.domain.ServiceLocation;

/**
 * One place where a published service is delivered (HSDS service_at_location). Its id belongs to the service:
 * a name-based UUID of the service's id and the location's, so that another service that names a location
 * with the same id (editors may send location ids) gets a service_at_location of its own.
 */
public record PublishedServiceAtLocation(PublishedService service, ServiceLocation location) {

    public PublishedServiceAtLocation {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
    }

    public String id() {
        return idOf(service.entry().id(), location.id());
    }

    public static String idOf(String serviceId, String locationId) {
        String name = "onderop-hsds:" + serviceId + ":service-at-location:" + locationId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
