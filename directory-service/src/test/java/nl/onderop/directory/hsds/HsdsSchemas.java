package nl.onderop.directory.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS 3.0 schemas from {@code shared/standards/hsds-3.0}, which lives beside the repository (here
 * {@code /work/shared}, in CI {@code <x>/shared} beside {@code <x>/main}): found by walking up from the
 * working directory. The files carry no {@code $schema}; they are plain draft 2020-12. Formats (uuid, uri,
 * email, date-time) are asserted, not only annotated, so that an id that is no UUID fails.
 *
 * <p>The validator's own email check looks the top-level domain up in the IANA list and so rejects the
 * reserved {@code .example} domain (RFC 2606) of the demo addresses; {@link MailboxSyntax} checks the RFC 5321
 * syntax that the JSON Schema {@code email} format defines, and nothing more.
 */
final class HsdsSchemas {

    private static final String FOLDER = "shared/standards/hsds-3.0";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft202012()).format(new MailboxSyntax()).build(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    final Schema service;
    final Schema organization;
    final Schema serviceAtLocation;
    final Schema servicePage;
    final Schema organizationPage;
    final Schema serviceAtLocationPage;
    final Schema taxonomyPage;
    final Schema taxonomyTermPage;

    HsdsSchemas() {
        folder = findFolder();
        JsonNode compiledService = read("compiled/service.json");
        service = registry.getSchema(compiledService);
        organization = registry.getSchema(read("compiled/organization.json"));
        serviceAtLocation = registry.getSchema(read("compiled/service_at_location.json"));
        servicePage = page(read("compiled/service_list.json"));
        organizationPage = page(read("compiled/organization_list.json"));
        serviceAtLocationPage = page(read("compiled/service_at_location_list.json"));
        // the compiled service holds taxonomy_term (with the taxonomy as taxonomy_detail) inlined
        JsonNode term = compiledService.at("/properties/attributes/items/properties/taxonomy_term");
        taxonomyTermPage = page(term);
        taxonomyPage = page(term.at("/properties/taxonomy_detail"));
    }

    /** The messages of every violation, empty when the document is valid. */
    static List<String> violations(Schema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    /** HSDS's own paging envelope ({@code Page} in its openapi.json), every field required, around the items. */
    private Schema page(JsonNode itemSchema) {
        ObjectNode page = JSON.createObjectNode();
        page.put("type", "object");
        page.putArray("allOf").add(read("openapi.json").at("/components/schemas/Page"));
        var required = page.putArray("required");
        List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents")
                .forEach(required::add);
        ObjectNode contents = page.putObject("properties").putObject("contents");
        contents.put("type", "array");
        contents.set("items", itemSchema);
        return registry.getSchema(page);
    }

    private JsonNode read(String file) {
        try (InputStream in = Files.newInputStream(folder.resolve(file))) {
            return JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** An RFC 5321 mailbox with a dot-atom local part and a domain name of at least two labels. */
    static final class MailboxSyntax implements Format {

        private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
        private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
        private static final Pattern MAILBOX =
                Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

        @Override
        public String getName() {
            return "email";
        }

        @Override
        public boolean matches(ExecutionContext executionContext, String value) {
            return value.length() <= 254 && MAILBOX.matcher(value).matches();
        }
    }

    private static Path findFolder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isDirectory(candidate.resolve("compiled"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + FOLDER + "/compiled in " + start + " or any folder above it");
    }
}
