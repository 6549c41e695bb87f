package nl.onderop.volunteers.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class HelpRequestSplitTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static HelpRequestSplit.Piece piece(String key) {
        return new HelpRequestSplit.Piece(key, null, null, null, null, null, null, null);
    }

    @Test
    void aPieceWithoutDetailsGetsTheDocumentedDefaults() {
        HelpRequestSplit split = new HelpRequestSplit("r1", "delft", "delftse-buur", "help-with-bureaucracy", List.of(piece("r1:1")));
        Task task = split.task(split.tasks().get(0), NOW);

        assertThat(task.id()).isEqualTo(HelpRequestSplit.taskId("r1:1")).isNotEqualTo(HelpRequestSplit.taskId("r1:2"));
        assertThat(task.organization()).isEqualTo("delftse-buur");
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.details().title()).isEqualTo("Taak uit een hulpvraag (help-with-bureaucracy)");
        assertThat(task.details().startsAt().atZone(HelpRequestSplit.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(task.details().startsAt().atZone(HelpRequestSplit.ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(task.details().endsAt()).isEqualTo(task.details().startsAt().plusSeconds(3600));
        assertThat(task.details().place()).isEqualTo("In overleg");
        assertThat(task.details().capacity()).isEqualTo(1);
        assertThat(task.details().openToPool()).isFalse();
        assertThat(task.helpRequest()).isEqualTo(new HelpRequestOrigin("r1", "r1:1", "help-with-bureaucracy", List.of()));
        assertThat(TaskEvents.data(task)).containsEntry("helpRequestId", "r1").doesNotContainKey("title");
    }

    @Test
    void aLongTitleIsShortenedAndWrongShapesAreRefused() {
        HelpRequestSplit split = new HelpRequestSplit("r1", "delft", "org", null, List.of(
                new HelpRequestSplit.Piece("r1:1", "x".repeat(300), null, null, null, null, null, List.of("ar"))));
        assertThat(split.task(split.tasks().get(0), NOW).details().title()).hasSize(120);

        assertThatThrownBy(() -> new HelpRequestSplit.Piece("k", null, null, null, null, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HelpRequestSplit.Piece("k", null, null, null, null, null, null, List.of("Arabic")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HelpRequestSplit.Piece(" ", null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HelpRequestSplit("r1", "delft", null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
