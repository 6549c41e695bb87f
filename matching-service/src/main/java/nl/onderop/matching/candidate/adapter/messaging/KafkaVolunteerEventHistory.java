package nl.onderop.matching.candidate.adapter.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import nl.onderop.matching.candidate.application.VolunteerEventHistory;
import nl.onderop.platform.events.CloudEvent;
import nl.onderop.platform.events.CloudEventFactory;
import nl.onderop.platform.events.InvalidCloudEventException;

/**
 * Reads the volunteer topic from its beginning to the end offsets of the moment, partition by partition (one
 * volunteer's events share a partition, so their order holds), without a consumer group commit. Runs on a
 * worker thread: the Kafka client blocks.
 */
@Component
class KafkaVolunteerEventHistory implements VolunteerEventHistory {

    private static final Logger log = LoggerFactory.getLogger(KafkaVolunteerEventHistory.class);

    private final String brokers;
    private final String topic;
    private final CloudEventFactory events;

    KafkaVolunteerEventHistory(@Value("${spring.cloud.stream.kafka.binder.brokers:localhost:9092}") String brokers,
                               @Value("${spring.cloud.stream.bindings.volunteerEvents-in-0.destination:onderop.volunteers.events}") String topic,
                               CloudEventFactory events) {
        this.brokers = brokers;
        this.topic = topic;
        this.events = events;
    }

    @Override
    public Flux<CloudEvent> replay() {
        return Flux.defer(() -> Flux.fromIterable(readAll())).subscribeOn(Schedulers.boundedElastic());
    }

    private List<CloudEvent> readAll() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "matching-candidate-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<CloudEvent> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            List<TopicPartition> partitions = infos == null ? List.of()
                    : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    parse(record.value(), read);
                }
            }
        }
        read.sort(Comparator.comparing(CloudEvent::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        return read;
    }

    private void parse(byte[] value, List<CloudEvent> read) {
        try {
            read.add(events.parse(value));
        } catch (InvalidCloudEventException invalid) {
            log.warn("Skipping a message on {} that is not a CloudEvent: {}", topic, invalid.getMessage());
        }
    }
}
