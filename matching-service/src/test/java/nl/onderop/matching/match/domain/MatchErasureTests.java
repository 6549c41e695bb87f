package nl.onderop.matching.match.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An erased volunteer leaves every match: the one it was matched in and those it was weighed for as alternative. */
class MatchErasureTests {

    private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

    private static Match proposedWith(String volunteer, String... alternatives) {
        Explanation explanation = new Explanation(80, List.of(), List.of(),
                java.util.Arrays.stream(alternatives).map(id -> new Explanation.Alternative(id, 70)).toList());
        return Match.proposed("m1", "delft", "taalhuis-dok", "run-1", "r1", "n1", volunteer, "kc-" + volunteer,
                explanation, NOW);
    }

    @Test
    void anAlternativeLeavesTheExplanationAndTheMatchedVolunteerStays() {
        Match match = proposedWith("v-matched", "v-erased", "v-other");
        assertThat(match.names("v-erased")).isTrue();
        assertThat(match.names("v-unknown")).isFalse();

        Match without = match.withoutAlternative("v-erased", NOW);
        assertThat(without.names("v-erased")).isFalse();
        assertThat(without.explanation().alternatives()).extracting(Explanation.Alternative::volunteerId)
                .containsExactly("v-other");
        assertThat(without.volunteerId()).isEqualTo("v-matched");
        assertThat(without.state()).isEqualTo(match.state());
        assertThat(without.version()).isEqualTo(match.version() + 1);
    }

    @Test
    void theMatchedVolunteerLeavesWithItsAccount() {
        Match without = proposedWith("v-erased", "v-other").withoutVolunteer(NOW);
        assertThat(without.names("v-erased")).isFalse();
        assertThat(without.volunteerAccount()).isNull();
    }
}
