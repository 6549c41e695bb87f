package nl.onderop.matching.match.application;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import nl.onderop.matching.candidate.domain.Candidate;
import nl.onderop.matching.candidate.domain.SkillActivities;
import nl.onderop.matching.common.domain.Language;
import nl.onderop.matching.common.domain.TimeSlot;
import nl.onderop.matching.engine.Criterion;
import nl.onderop.matching.engine.DistrictRule;
import nl.onderop.matching.engine.LanguageAbility;
import nl.onderop.matching.engine.MatchingProblem;
import nl.onderop.matching.engine.Rules;
import nl.onderop.matching.engine.Seeker;
import nl.onderop.matching.engine.Weights;
import nl.onderop.matching.engine.WeeklySlot;
import nl.onderop.matching.match.domain.MatchSettings;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.request.domain.HelpRequest;
import nl.onderop.matching.request.domain.RequestKind;

/**
 * Turns stored requests, newcomers, candidates and an organisation's settings into the engine's plain input.
 * A request's kind adds the activity it stands for to the newcomer's needs; a volunteer's preferred
 * activities say which kinds of request it takes (none named: any kind).
 */
@Component
public class ProblemBuilder {

    private static final Map<RequestKind, List<String>> KIND_ACTIVITIES = Map.of(
            RequestKind.LANGUAGE_BUDDY, List.of("language-buddy"),
            RequestKind.BUDDY, List.of("buddy"),
            RequestKind.WORK_MENTOR, List.of("job-application-help", "business-mentoring"),
            RequestKind.HOMEWORK_SUPPORT, List.of("pupil-and-parent-support"),
            RequestKind.BUREAUCRACY_HELP, List.of("bureaucracy-explained"),
            RequestKind.ONE_OFF_TASK, List.of());

    private final DistrictMap districts;

    public ProblemBuilder(DistrictMap districts) {
        this.districts = districts;
    }

    /** One open request of a newcomer, with the volunteers it must never be offered again. */
    public record OpenRequest(HelpRequest request, Newcomer newcomer, Set<String> declinedVolunteers) {
    }

    /** A volunteer and the places it has left (its maximum minus its live matches). */
    public record AvailableCandidate(Candidate candidate, int freePlaces) {
    }

    public MatchingProblem problem(String tenant, List<OpenRequest> requests, List<AvailableCandidate> candidates,
                                   MatchSettings settings) {
        List<Seeker> seekers = requests.stream().map(open -> seeker(tenant, open)).toList();
        List<nl.onderop.matching.engine.Candidate> engineCandidates = candidates.stream()
                .map(available -> candidate(tenant, available)).toList();
        return new MatchingProblem(seekers, engineCandidates, rules(settings), weights(settings));
    }

    static Rules rules(MatchSettings settings) {
        DistrictRule rule = MatchSettings.SAME_DISTRICT.equals(settings.districtRule())
                ? DistrictRule.SAME_DISTRICT : DistrictRule.WITHIN_DISTANCE;
        return new Rules(settings.minimumLanguageLevel(), rule, settings.maxDistanceKm(), settings.minimumOverlapMinutes(),
                Rules.DEFAULT.alternatives());
    }

    static Weights weights(MatchSettings settings) {
        Map<Criterion, Integer> values = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            values.put(criterion, settings.weights().getOrDefault(criterion.value(), 0));
        }
        return new Weights(values);
    }

    private Seeker seeker(String tenant, OpenRequest open) {
        var profile = open.newcomer().profile();
        Set<String> needs = new TreeSet<>(profile.needs());
        needs.addAll(KIND_ACTIVITIES.get(open.request().kind()));
        return new Seeker(open.request().id(), open.request().kind().value(), abilities(profile.languages()),
                slots(profile.availability()), profile.district(), districts.centre(tenant, profile.district()).orElse(null),
                new TreeSet<>(profile.interests()), needs, profile.ageBand(), profile.preferredVolunteerGender(), 1,
                new TreeSet<>(open.declinedVolunteers()));
    }

    private nl.onderop.matching.engine.Candidate candidate(String tenant, AvailableCandidate available) {
        Candidate candidate = available.candidate();
        return new nl.onderop.matching.engine.Candidate(candidate.volunteerId(), abilities(candidate.languages()),
                slots(candidate.availability()), candidate.district(),
                districts.centre(tenant, candidate.district()).orElse(null), new TreeSet<>(candidate.interests()),
                SkillActivities.servedBy(candidate), candidate.gender(), candidate.ageBand(),
                kindsTakenBy(candidate), Math.max(0, available.freePlaces()));
    }

    /** The request kinds a volunteer's preferred activities name; empty when they name none (any kind). */
    static Set<String> kindsTakenBy(Candidate candidate) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Map.Entry<RequestKind, List<String>> entry : KIND_ACTIVITIES.entrySet()) {
            if (entry.getValue().stream().anyMatch(candidate.preferredActivities()::contains)) {
                kinds.add(entry.getKey().value());
            }
        }
        if (!kinds.isEmpty()) {
            kinds.add(RequestKind.ONE_OFF_TASK.value());
        }
        return new TreeSet<>(kinds);
    }

    private static List<LanguageAbility> abilities(List<Language> languages) {
        return languages.stream().filter(language -> language.rank() >= 0)
                .map(language -> new LanguageAbility(language.code(), language.rank())).toList();
    }

    private static List<WeeklySlot> slots(List<TimeSlot> slots) {
        return slots.stream().map(slot -> new WeeklySlot(slot.day(), slot.fromMinute(), slot.toMinute())).toList();
    }
}
