package nl.onderop.directory.organization.adapter.web;

import java.util.List;

import nl.onderop.directory.organization.application.OrganizationPage;

record OrganizationListResponse(List<OrganizationResponse> organizations, PageInfo page) {

    record PageInfo(int number, int size, long totalElements, long totalPages) {
    }

    static OrganizationListResponse from(OrganizationPage page, String language) {
        return new OrganizationListResponse(
                page.organizations().stream().map(organization -> OrganizationResponse.from(organization, language)).toList(),
                new PageInfo(page.page(), page.pageSize(), page.totalElements(), page.totalPages()));
    }
}
