package nl.onderop.platform.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, with the Onderop {@code tenant} extension.
 * {@code type} follows {@code nl.onderop.<service>.<aggregate>.<event>.v1}.
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String tenant,
        String datacontenttype,
        Map<String, Object> data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final Pattern TYPE = Pattern.compile("nl\\.onderop\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[0-9]+");

    public CloudEvent {
        // a copy that keeps the order and allows null values ("stopReason": null is a fact, not an error)
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** Throws when a required attribute is missing or malformed; a consumer sends such a message to its dead-letter topic. */
    public CloudEvent validated() {
        require(SPEC_VERSION.equals(specversion), "specversion must be 1.0");
        require(id != null && !id.isBlank(), "id is required");
        require(source != null && !source.isBlank(), "source is required");
        require(type != null && TYPE.matcher(type).matches(), "type must look like nl.onderop.<service>.<aggregate>.<event>.v1");
        require(tenant != null && !tenant.isBlank(), "tenant is required");
        return this;
    }

    public static boolean isValidType(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    public String dataString(String key) {
        Object value = data.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidCloudEventException(message);
        }
    }
}
