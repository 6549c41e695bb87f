package nl.onderop.directory.hsds.adapter.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The HSDS 3.0 objects as they go on the wire. Java names are the HSDS names in camel case; the snake-case
 * strategy turns them back into the exact HSDS names. HSDS types are plain strings, never null, so an
 * absent value or an empty list is left out rather than written as null.
 */
final class HsdsObjects {

    private HsdsObjects() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ApiInfo(String version, String profile, String openapiUrl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Service(String id, String organizationId, String name, String description, String url, String email,
                   String status, String interpretationServices, String applicationProcess, String feesDescription,
                   String eligibilityDescription, Integer minimumAge, Integer maximumAge, String assuredDate,
                   String lastModified, List<Phone> phones, List<Schedule> schedules,
                   List<ServiceAtLocation> serviceAtLocations, List<Language> languages, Organization organization,
                   List<CostOption> costOptions, List<Attribute> attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(String id, String name, String description, String email, String website, List<Phone> phones,
                        List<Location> locations, List<Service> services) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceAtLocation(String id, String serviceId, String locationId, Location location, Service service) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Location(String id, String locationType, String url, String organizationId, String name, Double latitude,
                    Double longitude, List<Address> addresses, List<Accessibility> accessibility) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city,
                   String stateProvince, String postalCode, String country, String addressType) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Accessibility(String id, String locationId, String description) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Phone(String id, String serviceId, String organizationId, String number, String type,
                 List<Language> languages) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Language(String id, String serviceId, String phoneId, String name, String code) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Schedule(String id, String serviceId, String freq, Integer interval, String byday, String bymonthday,
                    String byweekno, Integer count, String until, String wkst, String opensAt, String closesAt,
                    String description, String notes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CostOption(String id, String serviceId, String option, String currency, BigDecimal amount,
                      String amountDescription) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Attribute(String id, String linkId, String linkType, String linkEntity, String taxonomyTermId,
                     TaxonomyTerm taxonomyTerm) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TaxonomyTerm(String id, String code, String name, String description, String parentId, String taxonomy,
                        String taxonomyId, Taxonomy taxonomyDetail, String language) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Taxonomy(String id, String name, String description, String uri, String version) {
    }
}
