package nl.onderop.matching.engine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A made-up tenant for the benchmark, the same for the same seed: a city of 15 by 15 km in 25 districts of
 * 3 by 3 km, seekers who mostly speak little Dutch and one home language, candidates who mostly speak Dutch
 * (some also English or a home language); seekers have one or two weekly slots, candidates one to three, each
 * one to three hours long. Under the benchmark's rules (A2, within 2 km, 60 minutes) this leaves at most about
 * 200 feasible candidates per seeker (seed 20261201: at most 200, mean 42).
 */
final class SyntheticTenant {

    static final int DISTRICTS_PER_SIDE = 5;
    static final double DISTRICT_KM = 3.0;
    static final Rules RULES = new Rules(LanguageAbility.A2, DistrictRule.WITHIN_DISTANCE, 2.0, 60, 3);

    private static final double ORIGIN_LATITUDE = 52.00;
    private static final double ORIGIN_LONGITUDE = 4.20;
    private static final double KM_PER_DEGREE_LATITUDE = Math.PI * GeoPoint.EARTH_RADIUS_KM / 180;
    private static final double KM_PER_DEGREE_LONGITUDE =
            KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(ORIGIN_LATITUDE + 0.07));

    /** Home languages of seekers and how often (percent). */
    private static final String[] HOME_LANGUAGES = {"ar", "uk", "ti", "fa", "so", "tr", "pl", "prs", "es", "fr"};
    private static final int[] HOME_SHARES = {25, 15, 10, 10, 8, 8, 8, 6, 5, 5};
    private static final String[] INTERESTS = {"koken", "fietsen", "lezen", "voetbal", "muziek", "wandelen",
        "tuinieren", "schaken", "film", "zwemmen", "handwerk", "fotografie", "dansen", "natuur", "museum",
        "spelletjes", "sport", "geschiedenis", "techniek", "kunst"};
    private static final String[] NEEDS = {"taal", "formulieren", "solliciteren", "computer", "geldzaken",
        "huiswerk", "gezondheid", "wegwijs"};
    private static final String[] AGE_BANDS = {"18-29", "30-49", "50-66", "67+"};
    private static final String[] KINDS = {"taalmaatje", "buddy", "werkcoach"};
    private static final int[] SLOT_STARTS = {9 * 60, 10 * 60, 13 * 60, 14 * 60, 19 * 60, 20 * 60};

    private SyntheticTenant() {
    }

    static MatchingProblem generate(long seed, int seekerCount, int candidateCount) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>(candidateCount);
        for (int i = 0; i < candidateCount; i++) {
            candidates.add(candidate(random, String.format(Locale.ROOT, "v%06d", i)));
        }
        List<Seeker> seekers = new ArrayList<>(seekerCount);
        for (int i = 0; i < seekerCount; i++) {
            seekers.add(seeker(random, String.format(Locale.ROOT, "n%06d", i), candidateCount));
        }
        return new MatchingProblem(seekers, candidates, RULES, Weights.DEFAULT);
    }

    private static Seeker seeker(Random random, String id, int candidateCount) {
        int district = random.nextInt(DISTRICTS_PER_SIDE * DISTRICTS_PER_SIDE);
        List<LanguageAbility> languages = new ArrayList<>();
        languages.add(new LanguageAbility(homeLanguage(random), LanguageAbility.NATIVE));
        int dutch = random.nextInt(100);
        languages.add(new LanguageAbility("nl", dutch < 30 ? LanguageAbility.A0 : dutch < 60 ? LanguageAbility.A1
                : dutch < 85 ? LanguageAbility.A2 : LanguageAbility.B1));
        if (random.nextInt(100) < 20) {
            languages.add(new LanguageAbility("en", LanguageAbility.B1));
        }
        Set<String> declined = new HashSet<>();
        if (random.nextInt(100) < 5) {
            for (int k = 0; k < 3; k++) {
                declined.add(String.format(Locale.ROOT, "v%06d", random.nextInt(candidateCount)));
            }
        }
        return new Seeker(id, pick(random, KINDS), languages, slots(random, 2), districtName(district),
                location(random, district), codes(random, INTERESTS, 2, 4), codes(random, NEEDS, 1, 2),
                pick(random, AGE_BANDS), random.nextInt(100) < 10 ? "f" : null, random.nextInt(100) < 10 ? 2 : 1,
                declined);
    }

    private static Candidate candidate(Random random, String id) {
        int district = random.nextInt(DISTRICTS_PER_SIDE * DISTRICTS_PER_SIDE);
        List<LanguageAbility> languages = new ArrayList<>();
        languages.add(new LanguageAbility("nl", random.nextInt(100) < 90 ? LanguageAbility.NATIVE : LanguageAbility.B2));
        if (random.nextInt(100) < 40) {
            languages.add(new LanguageAbility("en", LanguageAbility.B2));
        }
        if (random.nextInt(100) < 15) {
            languages.add(new LanguageAbility(homeLanguage(random), LanguageAbility.NATIVE));
        }
        Set<String> kinds = random.nextInt(100) < 20 ? Set.of(pick(random, KINDS)) : Set.of();
        return new Candidate(id, languages, slots(random, 3), districtName(district), location(random, district),
                codes(random, INTERESTS, 2, 4), codes(random, NEEDS, 1, 3), random.nextBoolean() ? "f" : "m",
                pick(random, AGE_BANDS), kinds, 1 + random.nextInt(2));
    }

    static String districtName(int district) {
        return String.format(Locale.ROOT, "Wijk %02d", district + 1);
    }

    /** Uniform within the district's square; one in ten without a location. */
    private static GeoPoint location(Random random, int district) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        double northKm = (district / DISTRICTS_PER_SIDE + random.nextDouble()) * DISTRICT_KM;
        double eastKm = (district % DISTRICTS_PER_SIDE + random.nextDouble()) * DISTRICT_KM;
        return new GeoPoint(ORIGIN_LATITUDE + northKm / KM_PER_DEGREE_LATITUDE,
                ORIGIN_LONGITUDE + eastKm / KM_PER_DEGREE_LONGITUDE);
    }

    /** Up to {@code most} slots of one to three hours on random days, starting in the morning, afternoon or evening. */
    private static List<WeeklySlot> slots(Random random, int most) {
        int count = 1 + random.nextInt(most);
        List<WeeklySlot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = SLOT_STARTS[random.nextInt(SLOT_STARTS.length)];
            slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), from, from + 60 * (1 + random.nextInt(3))));
        }
        return slots;
    }

    private static String homeLanguage(Random random) {
        int draw = random.nextInt(100);
        for (int i = 0; i < HOME_LANGUAGES.length; i++) {
            draw -= HOME_SHARES[i];
            if (draw < 0) {
                return HOME_LANGUAGES[i];
            }
        }
        return HOME_LANGUAGES[0];
    }

    private static Set<String> codes(Random random, String[] vocabulary, int least, int most) {
        int count = least + random.nextInt(most - least + 1);
        Set<String> codes = new HashSet<>();
        while (codes.size() < count) {
            codes.add(pick(random, vocabulary));
        }
        return codes;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
