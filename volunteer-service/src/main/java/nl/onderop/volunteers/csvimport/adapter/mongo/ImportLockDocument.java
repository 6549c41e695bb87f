package nl.onderop.volunteers.csvimport.adapter.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The organisation's one active import: the id is tenant and organisation, so a second insert fails. */
@Document(ImportLockDocument.COLLECTION)
record ImportLockDocument(@Id String id, String tenant, String organization, String jobId, Instant since) {

    static final String COLLECTION = "volunteer_import_locks";

    static String idOf(String tenant, String organization) {
        return tenant + ":" + organization;
    }
}
