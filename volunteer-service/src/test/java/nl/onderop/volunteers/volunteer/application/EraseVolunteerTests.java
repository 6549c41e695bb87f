package nl.onderop.volunteers.volunteer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import reactor.core.publisher.Mono;

import nl.onderop.volunteers.volunteer.domain.Membership;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/** The last write of an erasure (profile emptied, event recorded) is retried on a newer version, never dropped. */
class EraseVolunteerTests {

    private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

    @SuppressWarnings("unchecked")
    private static ObjectProvider<PersonalDataHolder> noHolders() {
        ObjectProvider<PersonalDataHolder> holders = mock(ObjectProvider.class);
        when(holders.orderedStream()).thenAnswer(call -> Stream.empty());
        return holders;
    }

    @Test
    void aVolunteerThatChangedDuringTheErasureIsReadAgainAndStillErased() {
        Volunteer read = new Volunteer("v1", "delft", "subject-1",
                new VolunteerProfile("Sanne", "Verbeek", "sanne@volunteers.example", null, List.of(), List.of(), List.of(),
                        List.of(), "Tanthof", 1, List.of(), false, null, null, null),
                VolunteerStatus.ACTIVE, null, List.of(new Membership("taalhuis-dok", NOW)), PoolConsent.NOT_GIVEN, 3,
                NOW, NOW, null);
        Volunteer erased = read.erased(NOW);
        VolunteerRepository volunteers = mock(VolunteerRepository.class);
        when(volunteers.findById("v1")).thenReturn(Mono.just(read));
        ManageVolunteers manage = mock(ManageVolunteers.class);
        // the first write meets a newer version (empty), the second lands
        when(manage.erase(any())).thenReturn(Mono.empty(), Mono.just(erased));

        Volunteer left = new EraseVolunteer(volunteers, manage, noHolders()).erase(read).block();
        assertThat(left).isNotNull();
        assertThat(left.isErased()).isTrue();
        verify(manage, times(2)).erase(any());
        verify(volunteers, times(2)).findById("v1");
    }
}
