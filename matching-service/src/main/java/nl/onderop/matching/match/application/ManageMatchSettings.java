package nl.onderop.matching.match.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.matching.access.domain.MatchingAccess;
import nl.onderop.matching.match.domain.MatchSettings;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;

/** An organisation's weights and rules for matching; defaults until its coordinator changes them. */
@Component
public class ManageMatchSettings {

    public static final Set<String> CRITERIA = Set.of("interests", "needs-skills", "language-fit", "schedule-overlap",
            "distance", "age-band");

    private final MatchSettingsRepository settings;

    public ManageMatchSettings(MatchSettingsRepository settings) {
        this.settings = settings;
    }

    public Mono<MatchSettings> current(MatchingAccess access) {
        return coordinator(access).flatMap(tenant -> settings.find(tenant, access.organization())
                .defaultIfEmpty(MatchSettings.defaults(tenant, access.organization())));
    }

    public Mono<MatchSettings> change(MatchingAccess access, Map<String, Integer> weights, int minimumLanguageLevel,
                                      String districtRule, double maxDistanceKm, int minimumOverlapMinutes, long version) {
        List<InvalidParam> problems = new ArrayList<>();
        weights.forEach((criterion, weight) -> {
            if (!CRITERIA.contains(criterion)) {
                problems.add(new InvalidParam("weights." + criterion, "unknown",
                        "One of " + String.join(", ", CRITERIA.stream().sorted().toList()) + "."));
            } else if (weight == null || weight < 0 || weight > 10) {
                problems.add(new InvalidParam("weights." + criterion, "range", "Between 0 and 10."));
            }
        });
        if (minimumLanguageLevel < 0 || minimumLanguageLevel > 7) {
            problems.add(new InvalidParam("minimumLanguageLevel", "range", "0 (A0) to 7 (native)."));
        }
        if (!MatchSettings.SAME_DISTRICT.equals(districtRule) && !MatchSettings.WITHIN_DISTANCE.equals(districtRule)) {
            problems.add(new InvalidParam("districtRule", "enum", "same-district or within-distance."));
        }
        if (!(maxDistanceKm > 0 && maxDistanceKm <= 50)) {
            problems.add(new InvalidParam("maxDistanceKm", "range", "More than 0 and at most 50."));
        }
        if (minimumOverlapMinutes < 15 || minimumOverlapMinutes > 600) {
            problems.add(new InvalidParam("minimumOverlapMinutes", "range", "Between 15 and 600."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.invalid(problems));
        }
        return coordinator(access).flatMap(tenant -> {
            MatchSettings base = MatchSettings.defaults(tenant, access.organization());
            Map<String, Integer> merged = new LinkedHashMap<>(base.weights());
            merged.putAll(weights);
            MatchSettings changed = new MatchSettings(tenant, access.organization(), merged, minimumLanguageLevel,
                    districtRule, maxDistanceKm, minimumOverlapMinutes, version + 1);
            return settings.save(changed, version)
                    .switchIfEmpty(Mono.error(() -> ApiProblem.conflict("The settings changed meanwhile; reload them.")));
        });
    }

    private static Mono<String> coordinator(MatchingAccess access) {
        if (!access.isCoordinator()) {
            return Mono.error(ApiProblem.forbidden("Only organisation coordinators set their matching weights."));
        }
        return access.soleTenant().map(Mono::just)
                .orElseGet(() -> Mono.error(ApiProblem.forbidden("Settings are kept from an account of exactly one tenant.")));
    }
}
