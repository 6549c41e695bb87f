package nl.onderop.directory.taxonomy.adapter.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.directory.i18n.LocalizedText;
import nl.onderop.directory.taxonomy.domain.Taxonomy;
import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;
import nl.onderop.directory.taxonomy.domain.TaxonomyTerm;

/**
 * Reads the versioned taxonomies from the file shipped with the service. They change with a release, not
 * at run time, so that every instance and every stored category code agree on one version.
 */
@Configuration(proxyBeanMethods = false)
class TaxonomyFileConfiguration {

    record TaxonomyFile(List<TaxonomyEntry> taxonomies, List<TermEntry> terms) {
    }

    record TaxonomyEntry(String id, String code, String version, String uri, Map<String, String> name,
                         Map<String, String> description) {
    }

    record TermEntry(String id, String taxonomy, String code, String parent, Map<String, String> labels,
                     Map<String, String> description) {
    }

    @Bean
    TaxonomyCatalog taxonomyCatalog(JsonMapper jsonMapper,
                                    @Value("${onderop.directory.taxonomy-file:classpath:taxonomy/onderop-taxonomies.json}")
                                    Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            TaxonomyFile parsed = jsonMapper.readValue(in, TaxonomyFile.class);
            return new TaxonomyCatalog(
                    parsed.taxonomies().stream().map(t -> new Taxonomy(t.id(), t.code(), t.version(), t.uri(),
                            LocalizedText.ofNullable(t.name()), LocalizedText.ofNullable(t.description()))).toList(),
                    parsed.terms().stream().map(t -> new TaxonomyTerm(t.id(), t.taxonomy(), t.code(), t.parent(),
                            LocalizedText.ofNullable(t.labels()), LocalizedText.ofNullable(t.description()))).toList());
        }
    }
}
