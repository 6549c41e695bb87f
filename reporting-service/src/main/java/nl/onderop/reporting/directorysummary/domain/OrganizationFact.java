package nl.onderop.reporting.directorysummary.domain;

/** All reporting keeps of an organisation: which tenant it belongs to and its type. */
public record OrganizationFact(String organizationId, String tenant, String type) {
}
