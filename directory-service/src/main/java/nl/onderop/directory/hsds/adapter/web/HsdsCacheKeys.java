package nl.onderop.directory.hsds.adapter.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.server.ServerWebExchange;

import nl.onderop.directory.taxonomy.domain.TaxonomyCatalog;

/**
 * What an HSDS answer was built from, for its ETag: the request (path and every parameter), the taxonomy
 * versions (term names appear in services) and the ids and versions of the entries read.
 */
final class HsdsCacheKeys {

    private HsdsCacheKeys() {
    }

    static String builtFrom(ServerWebExchange exchange, TaxonomyCatalog taxonomy, long total, List<String> versions) {
        String taxonomies = taxonomy.taxonomies().stream()
                .map(vocabulary -> vocabulary.code() + ":" + vocabulary.version())
                .collect(Collectors.joining(","));
        return exchange.getRequest().getURI().getRawPath() + "?" + exchange.getRequest().getURI().getRawQuery()
                + "|" + taxonomies + "|" + total + "|" + String.join(",", versions);
    }
}
