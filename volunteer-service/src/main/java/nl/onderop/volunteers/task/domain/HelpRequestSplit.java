package nl.onderop.volunteers.task.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A newcomer's help request as the matching service split it into small tasks for one organisation. Each piece
 * becomes a task of that organisation, open to its own volunteers only (not the tenant pool), so that the
 * coordinator reviews it first and may open it to the pool by editing it. What a piece leaves out gets a
 * default: the day {@value #DEFAULT_DAYS_AHEAD} days after the split arrives, {@code 10:00}
 * (Europe/Amsterdam), {@value #DEFAULT_MINUTES} minutes, the place "{@value #DEFAULT_PLACE}" when no district
 * is named, one volunteer, no skills, and a title naming the kind of help. Nothing about the newcomer travels:
 * the event has no personal data.
 */
public record HelpRequestSplit(String requestId, String tenant, String organization, String kind, List<Piece> tasks) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final int MAX_TASKS = 100;
    public static final int DEFAULT_DAYS_AHEAD = 7;
    public static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
    public static final int DEFAULT_MINUTES = 60;
    public static final String DEFAULT_PLACE = "In overleg";
    static final int MAX_TITLE = 120;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PLACE = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public HelpRequestSplit {
        requireText(requestId, "requestId");
        requireText(tenant, "tenant");
        requireText(organization, "organization");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        if (tasks.size() > MAX_TASKS) {
            throw new IllegalArgumentException("At most " + MAX_TASKS + " tasks per help request split");
        }
    }

    /** One piece of the request; only {@code key} is required. */
    public record Piece(String key, String title, String description, LocalDate date, LocalTime startTime,
                        Integer durationMinutes, String district, List<String> languages) {

        public Piece {
            requireText(key, "key");
            if (key.length() > 200) {
                throw new IllegalArgumentException("key is longer than 200 characters");
            }
            if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > 24 * 60)) {
                throw new IllegalArgumentException("durationMinutes must be between 1 and 1440");
            }
            languages = languages == null ? List.of() : List.copyOf(languages);
            if (languages.size() > 20 || languages.stream().anyMatch(code -> code == null || !LANGUAGE.matcher(code).matches())) {
                throw new IllegalArgumentException("languages must be at most 20 ISO 639 codes");
            }
        }
    }

    /** The task id of a piece: the same key gives the same task, so a second delivery creates nothing new. */
    public static String taskId(String key) {
        return UUID.nameUUIDFromBytes(("onderop-matching-task:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The task a piece becomes, with the defaults above for what it leaves out; {@code now} is when it arrives. */
    public Task task(Piece piece, Instant now) {
        LocalDate day = piece.date() != null ? piece.date() : now.atZone(ZONE).toLocalDate().plusDays(DEFAULT_DAYS_AHEAD);
        LocalTime start = piece.startTime() != null ? piece.startTime() : DEFAULT_START;
        Instant startsAt = ZonedDateTime.of(day, start, ZONE).toInstant();
        Instant endsAt = startsAt.plus(Duration.ofMinutes(piece.durationMinutes() != null ? piece.durationMinutes() : DEFAULT_MINUTES));
        String title = isBlank(piece.title()) ? "Taak uit een hulpvraag" + (isBlank(kind) ? "" : " (" + kind.strip() + ")")
                : piece.title().strip();
        String description = isBlank(piece.description()) ? null : cut(piece.description().strip(), MAX_DESCRIPTION);
        String place = isBlank(piece.district()) ? DEFAULT_PLACE : cut(piece.district().strip(), MAX_PLACE);
        TaskDetails details = new TaskDetails(cut(title, MAX_TITLE), description, startsAt, endsAt, place, 1, List.of(), false);
        return Task.fromHelpRequest(taskId(piece.key()), tenant, organization, details,
                new HelpRequestOrigin(requestId, piece.key(), isBlank(kind) ? null : kind.strip(), piece.languages()), now);
    }

    private static void requireText(String value, String name) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
