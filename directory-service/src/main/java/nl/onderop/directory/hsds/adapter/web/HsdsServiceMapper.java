package nl.onderop.directory.hsds.adapter.web;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.onderop.directory.hsds.application.PublishedServiceAtLocation;
import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.service.domain.ServiceContent;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.service.domain.ServiceLocation;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;

/**
 * A directory service as an HSDS service: the one-to-one fields for lists, everything the domain knows for
 * a single read. The caller passes the organisation already in HSDS form, or null where it would only
 * repeat the object the service is nested in.
 */
@Component
class HsdsServiceMapper {

    private static final String EURO = "EUR";
    private static final LocalizedText FREE = new LocalizedText(Map.of("nl", "Gratis", "en", "Free of charge"));
    private static final LocalizedText INTERPRETER = new LocalizedText(Map.of(
            "nl", "Er kan een tolk worden ingeschakeld.", "en", "An interpreter can be arranged."));

    private final TaxonomyCatalog taxonomy;
    private final HsdsTaxonomyMapper taxonomyMapper;
    private final HsdsLocationMapper locations;

    HsdsServiceMapper(TaxonomyCatalog taxonomy, HsdsTaxonomyMapper taxonomyMapper, HsdsLocationMapper locations) {
        this.taxonomy = taxonomy;
        this.taxonomyMapper = taxonomyMapper;
        this.locations = locations;
    }

    HsdsObjects.Service summary(ServiceEntry entry, HsdsObjects.Organization organization, String language) {
        return service(entry, organization, false, false, language);
    }

    /** {@code withLocations} is false inside a service_at_location, which is the location already. */
    HsdsObjects.Service full(ServiceEntry entry, HsdsObjects.Organization organization, boolean withLocations,
                             String language) {
        return service(entry, organization, true, withLocations, language);
    }

    HsdsObjects.ServiceAtLocation serviceAtLocation(PublishedServiceAtLocation delivered,
                                                    HsdsObjects.Organization organization, boolean full,
                                                    String language) {
        ServiceEntry entry = delivered.service().entry();
        HsdsObjects.Location location = full ? locations.full(entry, delivered.location(), language)
                : locations.summary(entry, delivered.location());
        HsdsObjects.Service service = full ? full(entry, organization, false, language)
                : summary(entry, organization, language);
        return new HsdsObjects.ServiceAtLocation(delivered.id(), entry.id(), location.id(), location, service);
    }

    private HsdsObjects.Service service(ServiceEntry entry, HsdsObjects.Organization organization, boolean full,
                                        boolean withLocations, String language) {
        ServiceContent content = entry.content();
        return new HsdsObjects.Service(
                entry.id(),
                entry.organizationId(),
                content.name().in(language),
                content.description().in(language),
                HsdsUris.absoluteOrNull(content.url()),
                content.email(),
                content.status().value(),
                content.interpretationAvailable() ? INTERPRETER.in(language) : null,
                content.howToApply().in(language),
                feesDescription(content, language),
                content.eligibility().in(language),
                content.minimumAge(),
                content.maximumAge(),
                entry.assuredDate() == null ? null : entry.assuredDate().toString(),
                entry.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                full ? phones(entry) : null,
                full ? schedules(entry, language) : null,
                full && withLocations ? servicesAtLocations(entry, language) : null,
                full ? HsdsLanguages.ofService(entry.id(), content.languages(), language) : null,
                organization,
                full ? costOptions(entry, language) : null,
                full ? attributes(entry, language) : null);
    }

    private static String feesDescription(ServiceContent content, String language) {
        String fees = content.feeDescription().in(language);
        return fees == null && content.free() ? FREE.in(language) : fees;
    }

    private static List<HsdsObjects.Phone> phones(ServiceEntry entry) {
        String number = entry.content().phone();
        return number == null ? List.of()
                : List.of(new HsdsObjects.Phone(HsdsIds.derived(entry.id(), "phone", number), entry.id(), null, number,
                        "voice", null));
    }

    private static List<HsdsObjects.Schedule> schedules(ServiceEntry entry, String language) {
        List<HsdsObjects.Schedule> schedules = new ArrayList<>();
        var domainSchedules = entry.content().schedules();
        for (int index = 0; index < domainSchedules.size(); index++) {
            schedules.add(HsdsScheduleMapper.schedule(entry.id(), index, domainSchedules.get(index), language));
        }
        return schedules;
    }

    private List<HsdsObjects.ServiceAtLocation> servicesAtLocations(ServiceEntry entry, String language) {
        List<HsdsObjects.ServiceAtLocation> result = new ArrayList<>();
        for (ServiceLocation place : entry.content().locations()) {
            HsdsObjects.Location location = locations.full(entry, place, language);
            result.add(new HsdsObjects.ServiceAtLocation(PublishedServiceAtLocation.idOf(entry.id(), place.id()),
                    entry.id(), location.id(), location, null));
        }
        return result;
    }

    /** Free: one option of nothing in euros. Paid: the fee as the organisation wrote it; amounts are not parsed. */
    private static List<HsdsObjects.CostOption> costOptions(ServiceEntry entry, String language) {
        ServiceContent content = entry.content();
        String id = HsdsIds.derived(entry.id(), "cost-option");
        if (content.free()) {
            return List.of(new HsdsObjects.CostOption(id, entry.id(), null, EURO, BigDecimal.ZERO,
                    feesDescription(content, language)));
        }
        String fees = content.feeDescription().in(language);
        return fees == null ? List.of() : List.of(new HsdsObjects.CostOption(id, entry.id(), null, EURO, null, fees));
    }

    /** What the service does (activities) and whom it serves (target groups), each with its whole term. */
    private List<HsdsObjects.Attribute> attributes(ServiceEntry entry, String language) {
        List<String> codes = new ArrayList<>(entry.content().categories());
        codes.addAll(entry.content().targetGroups());
        List<HsdsObjects.Attribute> attributes = new ArrayList<>();
        for (String code : codes) {
            taxonomy.term(code).ifPresent(term -> attributes.add(attribute(entry, term, language)));
        }
        return attributes;
    }

    private HsdsObjects.Attribute attribute(ServiceEntry entry, TaxonomyTerm term, String language) {
        return new HsdsObjects.Attribute(HsdsIds.derived(entry.id(), "attribute", term.id()), entry.id(), null,
                "service", term.id(), taxonomyMapper.term(term, language));
    }
}
