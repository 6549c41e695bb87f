package nl.onderop.matching.match.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.matching.engine.GeoPoint;

/**
 * An approximate centre per district of each tenant ({@code districts/district-centres.json}): profiles give
 * a district, not an address, and distance between people is measured between their districts' centres.
 */
@Component
public class DistrictMap {

    static final String RESOURCE = "districts/district-centres.json";
    private final Map<String, GeoPoint> centres = new HashMap<>();

    public DistrictMap(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            JsonNode tenants = json.readTree(in);
            for (String tenant : tenants.propertyNames()) {
                JsonNode districts = tenants.get(tenant);
                for (String district : districts.propertyNames()) {
                    JsonNode point = districts.get(district);
                    centres.put(key(tenant, district), new GeoPoint(point.get(0).asDouble(), point.get(1).asDouble()));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("District centres " + RESOURCE + " are missing", unreadable);
        }
    }

    public Optional<GeoPoint> centre(String tenant, String district) {
        return district == null ? Optional.empty() : Optional.ofNullable(centres.get(key(tenant, district)));
    }

    private static String key(String tenant, String district) {
        return tenant + "|" + district.strip().toLowerCase(Locale.ROOT);
    }
}
