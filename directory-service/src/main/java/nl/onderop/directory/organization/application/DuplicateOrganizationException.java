package nl.onderop.directory.organization.application;

/** The tenant already has an organisation with this slug. */
public class DuplicateOrganizationException extends RuntimeException {

    public DuplicateOrganizationException(String tenant, String slug) {
        super("Tenant " + tenant + " already has an organisation with slug " + slug);
    }
}
