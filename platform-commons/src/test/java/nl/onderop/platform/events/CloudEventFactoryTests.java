package nl.onderop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CloudEventFactoryTests {

    private final CloudEventFactory factory = new CloudEventFactory("/onderop/test", JsonMapper.builder().build(),
            Clock.fixed(Instant.parse("2026-11-28T10:15:30.123456Z"), ZoneOffset.UTC));

    @Test
    void outboxMessageCarriesAStructuredCloudEventKeyedByTenantAndAggregate() {
        OutboxMessage message = factory.outboxMessage("nl.onderop.directory.organization.registered.v1", "leiden", "org-1",
                Map.of("type", "initiative"));

        CloudEvent parsed = factory.parse(message.payload().getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.id()).isEqualTo(message.eventId());
        assertThat(parsed.specversion()).isEqualTo("1.0");
        assertThat(parsed.tenant()).isEqualTo("leiden");
        assertThat(parsed.subject()).isEqualTo("org-1");
        assertThat(parsed.source()).isEqualTo("/onderop/test");
        assertThat(parsed.time()).isEqualTo(Instant.parse("2026-11-28T10:15:30.123Z"));
        assertThat(parsed.dataString("type")).isEqualTo("initiative");
        assertThat(message.partitionKey()).isEqualTo("leiden:org-1");
        assertThat(message.payload()).contains("\"time\":\"2026-11-28T10:15:30.123Z\"");
    }

    @Test
    void refusesTypesOutsideTheNamingConvention() {
        assertThatThrownBy(() -> factory.create("OrganizationRegistered", "leiden", "org-1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.create("nl.onderop.directory.organization.registered", "leiden", "org-1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unreadableOrIncompleteMessagesAreInvalidCloudEvents() {
        assertThatThrownBy(() -> factory.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEventException.class);
        assertThatThrownBy(() -> factory.parse("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"nl.onderop.a.b.c.v1\"}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("tenant");
    }
}
