package nl.onderop.matching.referral.adapter.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.referral.domain.ListedOrganization;

@Document(ListedOrganizationDocument.COLLECTION)
record ListedOrganizationDocument(@Id String id, String tenant, String slug) {

    static final String COLLECTION = "directory_organizations";

    ListedOrganization toOrganization() {
        return new ListedOrganization(id, tenant, slug);
    }
}
