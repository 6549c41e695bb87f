package nl.onderop.directory.hsds.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

import nl.onderop.directory.hsds.application.ServiceCriteria;
import nl.onderop.directory.service.domain.ServiceEntry;
import nl.onderop.directory.taxonomy.domain.Taxonomy;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;
import nl.onderop.directory.web.PageRequest;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;

/**
 * Reads the HSDS query parameters of one request. Every value arrives as text, so that a wrong one is
 * reported under its HSDS name (a typed Spring parameter would report the Java name); all problems are
 * collected and {@link #check()} answers them at once as a 400.
 */
final class HsdsParameters {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_SEARCH_LENGTH = 200;

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    // an unencoded '+' of a UTC offset arrives as a space
    private static final Pattern OFFSET_AS_SPACE = Pattern.compile("(T[0-9:.]+) ([0-9]{2}:?[0-9]{2})$");

    private final TaxonomyCatalog taxonomy;
    private final MultiValueMap<String, String> query;
    private final List<InvalidParam> problems = new ArrayList<>();

    HsdsParameters(TaxonomyCatalog taxonomy, ServerWebExchange exchange) {
        this.taxonomy = taxonomy;
        this.query = exchange.getRequest().getQueryParams();
    }

    /** A list of services or of service-at-locations: its criteria, page and {@code full}, all checked at once. */
    record ServiceList(ServiceCriteria criteria, PageRequest page, boolean full) {
    }

    ServiceList serviceList() {
        ServiceCriteria criteria = serviceCriteria();
        PageRequest page = page();
        boolean full = flag("full");
        format();
        check();
        return new ServiceList(criteria, page, full);
    }

    /** The filters of the service and service_at_location lists. */
    ServiceCriteria serviceCriteria() {
        return new ServiceCriteria(search(), term("taxonomy_term_id"), taxonomy(), organizationId(), modifiedAfter());
    }

    /** {@code page} counts from 1; {@code per_page} is at most {@value PageRequest#MAX_PAGE_SIZE}. */
    PageRequest page() {
        int number = integer("page", 1, 1, PageRequest.MAX_PAGE);
        int size = integer("per_page", DEFAULT_PER_PAGE, 1, PageRequest.MAX_PAGE_SIZE);
        return new PageRequest(number, size);
    }

    String search() {
        String value = query.getFirst("search");
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_SEARCH_LENGTH) {
            problems.add(new InvalidParam("search", "maxLength", "At most " + MAX_SEARCH_LENGTH + " characters."));
            return null;
        }
        return value.strip();
    }

    boolean flag(String name) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(new InvalidParam(name, "boolean", "true or false."));
                yield false;
            }
        };
    }

    /**
     * An ISO 8601 date-time; without an offset it is Dutch time, and a date alone means the start of that
     * day in the Netherlands.
     */
    Instant modifiedAfter() {
        String value = query.getFirst("modified_after");
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = OFFSET_AS_SPACE.matcher(value.strip()).replaceFirst("$1+$2");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ServiceEntry.DIRECTORY_ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ServiceEntry.DIRECTORY_ZONE).toInstant();
                } catch (DateTimeParseException notADate) {
                    problems.add(new InvalidParam("modified_after", "format",
                            "An ISO 8601 date-time such as 2026-01-31T09:00:00Z (or a date such as 2026-01-31)."));
                    return null;
                }
            }
        }
    }

    /** A term by its HSDS id (UUID) or by its code, e.g. {@code language-cafe}. */
    TaxonomyTerm term(String name) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        Optional<TaxonomyTerm> term = taxonomy.termById(key.toLowerCase(Locale.ROOT)).or(() -> taxonomy.term(key));
        if (term.isEmpty()) {
            problems.add(new InvalidParam(name, "unknownTerm",
                    "Not a term of the directory's taxonomies: give a term id from /taxonomy_terms, or its code."));
            return null;
        }
        return term.get();
    }

    /** A taxonomy by its HSDS id (UUID) or by its code, e.g. {@code onderop-activities}. */
    Taxonomy taxonomy() {
        String value = query.getFirst("taxonomy_id");
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        Optional<Taxonomy> found = taxonomy.taxonomies().stream()
                .filter(candidate -> candidate.id().equalsIgnoreCase(key) || candidate.code().equals(key))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(new InvalidParam("taxonomy_id", "unknownTaxonomy",
                    "Not a taxonomy of the directory: give an id from /taxonomies, or its code."));
            return null;
        }
        return found.get();
    }

    /** A UUID; an organisation that is unknown or not published simply has no services here. */
    String organizationId() {
        String value = query.getFirst("organization_id");
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip().toLowerCase(Locale.ROOT);
        if (!UUID_PATTERN.matcher(id).matches()) {
            problems.add(new InvalidParam("organization_id", "format", "The id (UUID) of an organisation."));
            return null;
        }
        return id;
    }

    /** Only JSON: the paged HSDS answers; {@code ndjson} streaming is not offered. */
    void format() {
        String value = query.getFirst("format");
        if (value != null && !value.isBlank() && !"json".equalsIgnoreCase(value.strip())) {
            problems.add(new InvalidParam("format", "enum", "Only json is offered."));
        }
    }

    void check() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private int integer(String name, int absent, int min, int max) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like a number out of range
        }
        problems.add(new InvalidParam(name, "range", "A whole number from " + min + " to " + max + "."));
        return absent;
    }
}
