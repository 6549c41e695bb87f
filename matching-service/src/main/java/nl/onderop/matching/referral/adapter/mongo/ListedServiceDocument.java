package nl.onderop.matching.referral.adapter.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.referral.domain.ListedService;

@Document(ListedServiceDocument.COLLECTION)
record ListedServiceDocument(@Id String id, String tenant, String organizationId, String organizationSlug, String name,
                             boolean published, String status, long version) {

    static final String COLLECTION = "directory_services";

    static ListedServiceDocument from(ListedService service) {
        return new ListedServiceDocument(service.serviceId(), service.tenant(), service.organizationId(),
                service.organizationSlug(), service.name(), service.published(), service.status(), service.version());
    }

    ListedService toService() {
        return new ListedService(id, tenant, organizationId, organizationSlug, name, published, status, version);
    }
}
