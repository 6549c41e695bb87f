package nl.onderop.directory.organization.application;

import java.util.List;

import nl.onderop.directory.organization.domain.Organization;

/** One page of organisations; {@code page} counts from 1. */
public record OrganizationPage(List<Organization> organizations, int page, int pageSize, long totalElements) {

    public OrganizationPage {
        organizations = List.copyOf(organizations);
    }

    public long totalPages() {
        return totalElements == 0 ? 0 : (totalElements + pageSize - 1) / pageSize;
    }
}
