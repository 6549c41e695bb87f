package nl.onderop.volunteers.csvimport.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;

/**
 * Turns one row of an organisation's volunteer spreadsheet into a profile. Lists are separated by {@code |};
 * languages as {@code nl:native|ar:B1}; availability as {@code tuesday 19:00-21:00|saturday 10:00-12:00}.
 * The optional columns {@code gender} ({@code female}, {@code male}, {@code non-binary}) and {@code ageBand}
 * ({@code 18-29}, {@code 30-49}, {@code 50-66}, {@code 67+}) may be left out of the header or left empty.
 * Problems are collected per column, so the report can name them all.
 */
public final class VolunteerRowParser {

    public static final List<String> COLUMNS = List.of("firstName", "lastName", "email", "phone", "languages", "skills",
            "interests", "availability", "district", "maxConcurrentMatches", "preferredActivities", "newcomer",
            "certificateStatus", "certificateDate", "status", "gender", "ageBand");
    public static final Set<String> REQUIRED = Set.of("firstName");
    /** Imported volunteers still go through intake and screening unless the file says otherwise. */
    public static final String DEFAULT_STATUS = "intake";

    /** A parsed row: the profile and the lifecycle status it starts in, or the problems that stop it. */
    public record Parsed(VolunteerProfile profile, String status, List<RowProblem> problems) {
    }

    private VolunteerRowParser() {
    }

    public static Parsed parse(int line, Map<String, String> cells) {
        List<RowProblem> problems = new ArrayList<>();
        String firstName = text(cells, "firstName");
        if (firstName == null) {
            problems.add(new RowProblem(line, "firstName", "required", "Every volunteer needs a first name."));
        }
        List<VolunteerProfile.LanguageSkill> languages = new ArrayList<>();
        for (String entry : list(cells, "languages")) {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                problems.add(new RowProblem(line, "languages", "format", "Write languages as nl:native|ar:B1."));
            } else {
                languages.add(new VolunteerProfile.LanguageSkill(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip()));
            }
        }
        List<VolunteerProfile.TimeSlot> availability = new ArrayList<>();
        for (String entry : list(cells, "availability")) {
            VolunteerProfile.TimeSlot slot = slot(entry);
            if (slot == null) {
                problems.add(new RowProblem(line, "availability", "format",
                        "Write availability as tuesday 19:00-21:00|saturday 10:00-12:00."));
            } else {
                availability.add(slot);
            }
        }
        int capacity = 1;
        String capacityText = text(cells, "maxConcurrentMatches");
        if (capacityText != null) {
            try {
                capacity = Integer.parseInt(capacityText);
            } catch (NumberFormatException notANumber) {
                problems.add(new RowProblem(line, "maxConcurrentMatches", "format", "A whole number."));
            }
        }
        LocalDate certificateDate = null;
        String dateText = text(cells, "certificateDate");
        if (dateText != null) {
            try {
                certificateDate = LocalDate.parse(dateText);
            } catch (DateTimeParseException notADate) {
                problems.add(new RowProblem(line, "certificateDate", "format", "A date as 2026-03-14."));
            }
        }
        String newcomer = text(cells, "newcomer");
        if (newcomer != null && !Set.of("yes", "no", "ja", "nee", "true", "false").contains(newcomer.toLowerCase(Locale.ROOT))) {
            problems.add(new RowProblem(line, "newcomer", "format", "yes or no (ja of nee)."));
        }
        String status = text(cells, "status");
        if (status != null && !Set.of("applied", "intake", "screening", "active", "paused").contains(status)) {
            problems.add(new RowProblem(line, "status", "enum", "One of applied, intake, screening, active, paused."));
        }
        String certificateStatus = text(cells, "certificateStatus");
        String gender = text(cells, "gender");
        VolunteerProfile profile = firstName == null ? null : new VolunteerProfile(firstName, text(cells, "lastName"),
                text(cells, "email"), text(cells, "phone"), languages, list(cells, "skills"), list(cells, "interests"),
                availability, text(cells, "district"), capacity, list(cells, "preferredActivities"),
                newcomer != null && Set.of("yes", "ja", "true").contains(newcomer.toLowerCase(Locale.ROOT)),
                certificateStatus == null ? null : new VolunteerProfile.CertificateOfConduct(certificateStatus, certificateDate),
                gender == null ? null : gender.toLowerCase(Locale.ROOT), text(cells, "ageBand"));
        return new Parsed(profile, status == null ? DEFAULT_STATUS : status, problems);
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(Map<String, String> cells, String column) {
        String value = text(cells, column);
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static VolunteerProfile.TimeSlot slot(String entry) {
        String[] dayAndTimes = entry.strip().split("\\s+");
        if (dayAndTimes.length != 2) {
            return null;
        }
        String[] times = dayAndTimes[1].split("-");
        if (times.length != 2) {
            return null;
        }
        try {
            return new VolunteerProfile.TimeSlot(DayOfWeek.valueOf(dayAndTimes[0].toUpperCase(Locale.ROOT)),
                    LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return null;
        }
    }
}
