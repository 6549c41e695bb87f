package nl.onderop.volunteers.task.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A volunteer who comes to a task. {@code organizations} is the volunteer's memberships when it signed up, so
 * that another organisation's coordinator sees the sign-ups of its own volunteers without reading every
 * profile; {@code overlapsWith} names the volunteer's other tasks whose time window overlapped at that moment.
 */
public record SignUp(String volunteerId, List<String> organizations, boolean fromPool, List<String> overlapsWith,
                     Instant signedUpAt) {

    public SignUp {
        Objects.requireNonNull(volunteerId, "volunteerId");
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        overlapsWith = overlapsWith == null ? List.of() : List.copyOf(overlapsWith);
    }

    public boolean isOf(String organization) {
        return organizations.contains(organization);
    }
}
