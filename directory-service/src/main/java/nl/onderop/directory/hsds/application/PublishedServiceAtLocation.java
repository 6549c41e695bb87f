package nl.onderop.directory.hsds.application;

import java.util.Objects;

import nl.onderop.directory.service.domain.ServiceLocation;

/** One place where a published service is delivered (HSDS service_at_location). */
public record PublishedServiceAtLocation(PublishedService service, ServiceLocation location) {

    public PublishedServiceAtLocation {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
    }
}
