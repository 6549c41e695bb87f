package nl.onderop.directory.hsds.application;

import java.util.List;
import java.util.Objects;

import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.service.domain.ServiceEntry;

/** A published organisation with its published services, ordered by Dutch name. */
public record PublishedOrganization(Organization organization, List<ServiceEntry> services) {

    public PublishedOrganization {
        Objects.requireNonNull(organization, "organization");
        services = List.copyOf(services);
    }
}
