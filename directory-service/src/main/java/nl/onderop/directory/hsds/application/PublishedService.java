package nl.onderop.directory.hsds.application;

import java.util.Objects;

import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.service.domain.ServiceEntry;

/** A published service together with its organisation, which is published too: HSDS shows nothing else. */
public record PublishedService(ServiceEntry entry, Organization organization) {

    public PublishedService {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(organization, "organization");
    }
}
