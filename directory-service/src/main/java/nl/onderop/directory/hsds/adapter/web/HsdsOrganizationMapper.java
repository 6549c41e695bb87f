package nl.onderop.directory.hsds.adapter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.onderop.directory.hsds.application.PublishedOrganization;
import nl.onderop.directory.organization.domain.Organization;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;

/**
 * An organisation as an HSDS organization. HSDS has no languages on an organisation; the languages it
 * works in are the languages of its phone lines, which is where HSDS lets them be said.
 */
@Component
class HsdsOrganizationMapper {

    private final HsdsServiceMapper services;
    private final HsdsLocationMapper locations;

    HsdsOrganizationMapper(HsdsServiceMapper services, HsdsLocationMapper locations) {
        this.services = services;
        this.locations = locations;
    }

    /** The one-to-one fields, as in HSDS lists and nested in a listed service. */
    HsdsObjects.Organization summary(Organization organization, String language) {
        return organization(organization, language, null, null, null);
    }

    /** Nested in a full service: how to reach the organisation, without its other services. */
    HsdsObjects.Organization withPhones(Organization organization, String language) {
        return organization(organization, language, phones(organization, language), null, null);
    }

    /**
     * The organisation with its phones, the places of its services and the services themselves: their
     * one-to-one fields, or all of them with {@code fullServices} (HSDS {@code full_service}).
     */
    HsdsObjects.Organization full(PublishedOrganization published, boolean fullServices, String language) {
        Organization organization = published.organization();
        List<HsdsObjects.Service> nested = published.services().stream()
                .map(entry -> fullServices ? services.full(entry, null, true, language)
                        : services.summary(entry, null, language))
                .toList();
        return organization(organization, language, phones(organization, language),
                places(published.services(), language), nested);
    }

    private static HsdsObjects.Organization organization(Organization organization, String language,
                                                         List<HsdsObjects.Phone> phones,
                                                         List<HsdsObjects.Location> places,
                                                         List<HsdsObjects.Service> services) {
        return new HsdsObjects.Organization(organization.id(), organization.name(), description(organization, language),
                organization.email(), HsdsUris.absoluteOrNull(organization.website()), phones, places, services);
    }

    /** HSDS requires a description; an organisation that wrote none is described by its name. */
    private static String description(Organization organization, String language) {
        String description = organization.description().in(language);
        return description == null ? organization.name() : description;
    }

    private static List<HsdsObjects.Phone> phones(Organization organization, String language) {
        return organization.phones().stream().distinct().map(number -> {
            String id = HsdsIds.derived(organization.id(), "phone", number);
            return new HsdsObjects.Phone(id, null, organization.id(), number, "voice",
                    HsdsLanguages.ofPhone(id, organization.languages(), language));
        }).toList();
    }

    /** Each place once, however many services share it. */
    private List<HsdsObjects.Location> places(List<ServiceEntry> entries, String language) {
        Map<String, HsdsObjects.Location> byId = new LinkedHashMap<>();
        for (ServiceEntry entry : entries) {
            for (ServiceLocation place : entry.content().locations()) {
                HsdsObjects.Location location = locations.full(entry, place, language);
                byId.putIfAbsent(location.id(), location);
            }
        }
        return List.copyOf(byId.values());
    }
}
