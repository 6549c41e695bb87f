package nl.onderop.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Makes the envelope of every event a service emits, ready to go into an aggregate's outbox. */
public final class CloudEventFactory {

    private final String source;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    public CloudEventFactory(String source, JsonMapper jsonMapper, Clock clock) {
        this.source = source;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    public CloudEvent create(String type, String tenant, String aggregateId, Map<String, Object> data) {
        if (!CloudEvent.isValidType(type)) {
            throw new IllegalArgumentException("Event type must look like nl.onderop.<service>.<aggregate>.<event>.v1: " + type);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, aggregateId, now,
                tenant, "application/json", data).validated();
    }

    public OutboxMessage toOutbox(CloudEvent event) {
        return new OutboxMessage(event.id(), event.tenant() + ":" + event.subject(), jsonMapper.writeValueAsString(event));
    }

    public OutboxMessage outboxMessage(String type, String tenant, String aggregateId, Map<String, Object> data) {
        return toOutbox(create(type, tenant, aggregateId, data));
    }

    public CloudEvent parse(byte[] payload) {
        try {
            return jsonMapper.readValue(payload, CloudEvent.class).validated();
        } catch (InvalidCloudEventException invalid) {
            throw invalid;
        } catch (RuntimeException unreadable) {
            throw new InvalidCloudEventException("Not a CloudEvent in structured JSON: " + unreadable.getClass().getSimpleName(), unreadable);
        }
    }
}
