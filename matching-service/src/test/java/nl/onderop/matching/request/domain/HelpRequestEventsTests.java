package nl.onderop.matching.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class HelpRequestEventsTests {

    private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

    private static HelpRequest closedWith(String reason) {
        return new HelpRequest("r1", "delft", "taalhuis-dok", "n1", RequestKind.values()[0], "Wil Nederlands oefenen",
                Urgency.values()[0], true, null, List.of(), 1, NOW, NOW).closed(reason, NOW);
    }

    @Test
    void aCoordinatorsOwnWordsNeverLeaveTheServiceOnlyACode() {
        assertThat(HelpRequestEvents.closed(closedWith("Familie verhuisd naar Utrecht, zie mail van Fatima")))
                .containsEntry("reason", HelpRequestEvents.CLOSED_BY_COORDINATOR)
                .doesNotContainValue("Wil Nederlands oefenen");
        assertThat(HelpRequestEvents.closed(closedWith("match-completed"))).containsEntry("reason", "match-completed");
        assertThat(HelpRequestEvents.closed(closedWith(HelpRequest.NEWCOMER_ERASED)))
                .containsEntry("reason", HelpRequest.NEWCOMER_ERASED);
    }
}
