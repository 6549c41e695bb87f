package nl.onderop.matching.match.adapter.mongo;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.match.domain.MatchSettings;

@Document(MatchSettingsDocument.COLLECTION)
record MatchSettingsDocument(@Id String id, String tenant, String organization, Map<String, Integer> weights,
                             int minimumLanguageLevel, String districtRule, double maxDistanceKm,
                             int minimumOverlapMinutes, long version) {

    static final String COLLECTION = "matching_settings";

    static String idOf(String tenant, String organization) {
        return tenant + ":" + organization;
    }

    static MatchSettingsDocument from(MatchSettings settings) {
        return new MatchSettingsDocument(idOf(settings.tenant(), settings.organization()), settings.tenant(),
                settings.organization(), settings.weights(), settings.minimumLanguageLevel(), settings.districtRule(),
                settings.maxDistanceKm(), settings.minimumOverlapMinutes(), settings.version());
    }

    MatchSettings toSettings() {
        return new MatchSettings(tenant, organization, weights, minimumLanguageLevel, districtRule, maxDistanceKm,
                minimumOverlapMinutes, version);
    }
}
