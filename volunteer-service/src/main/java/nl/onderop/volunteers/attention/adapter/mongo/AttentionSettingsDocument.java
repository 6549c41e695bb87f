package nl.onderop.volunteers.attention.adapter.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.volunteers.attention.domain.AttentionSettings;

/** One organisation's settings; the id is tenant and organisation, so a save replaces the previous choice. */
@Document(AttentionSettingsDocument.COLLECTION)
record AttentionSettingsDocument(@Id String id, String tenant, String organization, int weeks, Instant updatedAt) {

    static final String COLLECTION = "attention_settings";

    static String idOf(String tenant, String organization) {
        return tenant + ":" + organization;
    }

    static AttentionSettingsDocument from(AttentionSettings settings) {
        return new AttentionSettingsDocument(idOf(settings.tenant(), settings.organization()), settings.tenant(),
                settings.organization(), settings.weeks(), settings.updatedAt());
    }

    AttentionSettings toSettings() {
        return new AttentionSettings(tenant, organization, weeks, updatedAt);
    }
}
