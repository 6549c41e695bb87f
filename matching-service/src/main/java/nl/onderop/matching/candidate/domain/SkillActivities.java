package nl.onderop.matching.candidate.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Volunteers name skills in their own words (codes like {@code administration-and-forms}); newcomers name
 * needs as activities of the directory's taxonomy. This table says which activities a skill serves, so that
 * "needs versus skills" can be scored; a volunteer's preferred activities count as served too.
 */
public final class SkillActivities {

    private static final Map<String, List<String>> SERVES = Map.ofEntries(
            Map.entry("conversation-practice", List.of("language-buddy", "language-cafe", "extra-language-lessons")),
            Map.entry("teaching-dutch", List.of("extra-language-lessons", "language-buddy", "language-cafe")),
            Map.entry("listening-and-buddy", List.of("buddy", "social-guidance", "meeting-place")),
            Map.entry("administration-and-forms", List.of("bureaucracy-explained", "social-guidance")),
            Map.entry("translation", List.of("bureaucracy-explained", "social-guidance")),
            Map.entry("legal-knowledge", List.of("legal-guidance", "bureaucracy-explained")),
            Map.entry("cv-and-job-applications", List.of("job-application-help", "work-experience-placement")),
            Map.entry("technical-mentoring", List.of("business-mentoring", "internship", "work-experience-placement")),
            Map.entry("homework-help", List.of("pupil-and-parent-support", "summer-school")),
            Map.entry("childcare", List.of("childrens-activities", "pupil-and-parent-support")),
            Map.entry("cooking", List.of("cooking-project", "newcomer-restaurant")),
            Map.entry("sports-coaching", List.of("sports", "sports-club-introduction")),
            Map.entry("art-and-crafts", List.of("art-project")),
            Map.entry("music", List.of("cultural-event")),
            Map.entry("event-organising", List.of("cultural-event", "meeting-place")),
            Map.entry("it-and-digital-help", List.of("bureaucracy-explained", "job-application-help")),
            Map.entry("driving", List.of("collection-drive")));

    private SkillActivities() {
    }

    /** The activities a candidate can serve: its preferred activities and what its skills serve. */
    public static Set<String> servedBy(Candidate candidate) {
        Set<String> served = new TreeSet<>(candidate.preferredActivities());
        for (String skill : candidate.skills()) {
            served.addAll(SERVES.getOrDefault(skill, List.of()));
        }
        return served;
    }
}
