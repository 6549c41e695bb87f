package nl.onderop.matching.common.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The activity codes of the directory's taxonomy ({@code onderop-activities}), which newcomers' needs use. The
 * file is the directory service's own, copied into this service at build time, so both always agree.
 */
@Component
public class ActivityTaxonomy {

    static final String RESOURCE = "taxonomy/onderop-taxonomies.json";
    private final Set<String> codes;

    public ActivityTaxonomy(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Set<String> found = new TreeSet<>();
            for (JsonNode term : json.readTree(in).get("terms")) {
                if ("onderop-activities".equals(term.get("taxonomy").asString())) {
                    found.add(term.get("code").asString());
                }
            }
            codes = Set.copyOf(found);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The activity taxonomy " + RESOURCE + " is missing from the build", unreadable);
        }
    }

    public boolean isActivity(String code) {
        return codes.contains(code);
    }

    public Set<String> codes() {
        return codes;
    }
}
