package nl.onderop.matching.engine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random problems with a small vocabulary, so that about half of all pairs are feasible and every rule
 * (including case differences, missing districts and locations, declined candidates, zero capacity) occurs.
 */
final class RandomInstances {

    private static final String[] LANGUAGES = {"nl", "ar", "en", "uk"};
    private static final String[] DISTRICTS = {"Noord", "Zuid", "noord", "NOORD "};
    private static final String[] CODES = {"koken", "fietsen", "lezen", "voetbal", "muziek"};
    private static final String[] SKILLS = {"taal", "formulieren", "solliciteren", "computer"};
    private static final String[] AGE_BANDS = {"18-29", "30-49", "50-66", "67+", "onbekend"};
    private static final String[] GENDERS = {"f", "m", "x"};
    private static final String[] KINDS = {"taalmaatje", "buddy", "werk"};
    private static final DayOfWeek[] DAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY};

    private RandomInstances() {
    }

    static MatchingProblem problem(long seed, int maxSeekers, int maxCandidates) {
        Random random = new Random(seed);
        int seekerCount = 1 + random.nextInt(maxSeekers);
        int candidateCount = 1 + random.nextInt(maxCandidates);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < candidateCount; i++) {
            candidates.add(candidate(random, "c" + i));
        }
        List<Seeker> seekers = new ArrayList<>();
        for (int i = 0; i < seekerCount; i++) {
            seekers.add(seeker(random, "s" + i, candidateCount));
        }
        return new MatchingProblem(seekers, candidates, rules(random), weights(random));
    }

    static Rules rules(Random random) {
        return new Rules(1 + random.nextInt(3),
                random.nextBoolean() ? DistrictRule.SAME_DISTRICT : DistrictRule.WITHIN_DISTANCE,
                2 + random.nextInt(7), 30 + 15 * random.nextInt(3), random.nextInt(4));
    }

    static Weights weights(Random random) {
        Map<Criterion, Integer> values = new HashMap<>();
        for (Criterion criterion : Criterion.values()) {
            values.put(criterion, random.nextInt(4) == 0 ? 0 : random.nextInt(11));
        }
        return new Weights(values);
    }

    static Seeker seeker(Random random, String id, int candidateCount) {
        Set<String> declined = new HashSet<>();
        if (random.nextInt(4) == 0) {
            declined.add("c" + random.nextInt(candidateCount));
        }
        return new Seeker(id, pick(random, KINDS), languages(random), slots(random), district(random),
                location(random), codes(random, CODES), codes(random, SKILLS), ageBand(random),
                random.nextInt(6) == 0 ? pick(random, GENDERS) : null, 1 + random.nextInt(2), declined);
    }

    static Candidate candidate(Random random, String id) {
        Set<String> kinds = random.nextInt(5) == 0 ? Set.of(pick(random, KINDS)) : Set.of();
        return new Candidate(id, languages(random), slots(random), district(random), location(random),
                codes(random, CODES), codes(random, SKILLS), random.nextInt(5) == 0 ? null : pick(random, GENDERS),
                ageBand(random), kinds, random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(2));
    }

    private static List<LanguageAbility> languages(Random random) {
        List<LanguageAbility> languages = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            languages.add(new LanguageAbility(random.nextInt(6) == 0 ? "NL" : "nl", 2 + random.nextInt(6)));
        }
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String code = pick(random, LANGUAGES);
            languages.add(new LanguageAbility(random.nextInt(6) == 0 ? code.toUpperCase() : code,
                    random.nextInt(8)));
        }
        return languages;
    }

    private static List<WeeklySlot> slots(Random random) {
        List<WeeklySlot> slots = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int from = (17 + random.nextInt(2)) * 60 + 30 * random.nextInt(2);
            slots.add(new WeeklySlot(pick(random, DAYS), from, from + 60 + 30 * random.nextInt(4)));
        }
        return slots;
    }

    private static String district(Random random) {
        return random.nextInt(10) == 0 ? null : pick(random, DISTRICTS);
    }

    /** Within a box of about 5.5 by 5 km, sometimes unknown. */
    private static GeoPoint location(Random random) {
        return random.nextInt(4) == 0 ? null
                : new GeoPoint(52.10 + random.nextDouble() * 0.05, 4.25 + random.nextDouble() * 0.07);
    }

    private static Set<String> codes(Random random, String[] vocabulary) {
        Set<String> codes = new HashSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String code = pick(random, vocabulary);
            codes.add(random.nextInt(8) == 0 ? code.toUpperCase() : code);
        }
        return codes;
    }

    private static String ageBand(Random random) {
        return random.nextInt(6) == 0 ? null : pick(random, AGE_BANDS);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
