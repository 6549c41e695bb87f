package nl.onderop.directory.organization.application;

import nl.onderop.directory.organization.domain.OrganizationProfile;
import nl.onderop.directory.organization.domain.PublicationStatus;

/** What it takes to put an organisation on the map; validated at the web edge. */
public record RegisterOrganizationCommand(
        String tenant,
        String slug,
        OrganizationProfile profile,
        PublicationStatus status) {
}
