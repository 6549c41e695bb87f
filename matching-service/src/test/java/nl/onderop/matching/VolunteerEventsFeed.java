package nl.onderop.matching;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.TestKafka;

/** Publishes volunteer CloudEvents, as the volunteer service does, to the real embedded broker. */
public final class VolunteerEventsFeed {

    public static final String TOPIC = "onderop.volunteers.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VolunteerEventsFeed() {
    }

    /** The matching-relevant state of a volunteer, as {@code VolunteerEvents.data} carries it. */
    public static Map<String, Object> volunteer(String id, String tenant, String account, String organization,
                                                String district, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("volunteerId", id);
        data.put("tenant", tenant);
        data.put("account", account);
        data.put("organizations", List.of(organization));
        data.put("status", "active");
        data.put("stopReason", null);
        data.put("languages", List.of(Map.of("code", "nl", "level", "native"), Map.of("code", "ar", "level", "B1")));
        data.put("skills", List.of("conversation-practice"));
        data.put("interests", List.of("culture"));
        data.put("availability", List.of(Map.of("day", "tuesday", "from", "18:30", "to", "21:30")));
        data.put("district", district);
        data.put("maxConcurrentMatches", 1);
        data.put("preferredActivities", List.of());
        data.put("newcomer", false);
        data.put("inPool", false);
        data.put("version", version);
        return data;
    }

    /** One event to publish: its type, tenant, subject (the volunteer id) and data. */
    public record Event(String type, String tenant, String subject, Map<String, Object> data) {
    }

    public static void publish(String type, String tenant, String subject, Map<String, Object> data) {
        publishAll(List.of(new Event(type, tenant, subject, data)));
    }

    public static void publishAll(List<Event> events) {
        publishAll(TOPIC, events);
    }

    /** The same envelope on another topic, e.g. the directory's. */
    public static void publishAll(String topic, List<Event> events) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            for (Event event : events) {
                producer.send(new ProducerRecord<>(topic, (event.tenant() + ":" + event.subject()).getBytes(StandardCharsets.UTF_8),
                        envelope(event))).get();
            }
        } catch (Exception failed) {
            throw new IllegalStateException("Could not publish volunteer events", failed);
        }
    }

    private static byte[] envelope(Event source) {
        String type = source.type();
        String tenant = source.tenant();
        String subject = source.subject();
        Map<String, Object> data = source.data();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/onderop/volunteer-service");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("tenant", tenant);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return JSON.writeValueAsBytes(event);
    }
}
