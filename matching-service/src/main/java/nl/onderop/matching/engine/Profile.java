package nl.onderop.matching.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A seeker or candidate compiled for fast pair checks: codes as sorted int ids, slots sorted, location as a
 * point in space. Fields that belong to one side only are {@link Tokens#NONE} or empty on the other.
 */
final class Profile {

    /** Age bands in order; adjacent bands score 50. */
    static final List<String> AGE_BANDS = List.of("0-17", "18-29", "30-49", "50-66", "67+");

    final String id;
    final int capacity;
    /** Language ids ascending, with the highest level given for each. */
    final int[] languageCodes;
    final int[] languageLevels;
    final String[] languageNames;
    /** The highest level over all languages, -1 without languages. */
    final int bestLevel;
    /** The slots as given, sorted by day, start, end. */
    final int[] slotDay;
    final int[] slotFrom;
    final int[] slotTo;
    final int dayMask;
    /** The union of the slots: disjoint intervals sorted by day and start. */
    final int[] freeDay;
    final int[] freeFrom;
    final int[] freeTo;
    final int district;
    final String districtName;
    final GeoPoint location;
    /** The location as a point in 3D space (km from the earth's centre), for the spatial grid. */
    final double x;
    final double y;
    final double z;
    final int[] interests;
    /** A seeker's needs or a candidate's skills. */
    final int[] needsOrSkills;
    final int ageBand;
    final int ageRank;
    /** Seeker only: kind, preferred gender and declined candidate ids. */
    final int kind;
    final int preferredGender;
    final Set<String> declined;
    /** Candidate only: gender and preferred kinds. */
    final int gender;
    final int[] preferredKinds;

    private Profile(String id, int capacity, List<LanguageAbility> languages, List<WeeklySlot> slots,
            String district, GeoPoint location, Set<String> interests, Set<String> needsOrSkills, String ageBand,
            int kind, int preferredGender, Set<String> declined, int gender, int[] preferredKinds, Tokens tokens) {
        this.id = id;
        this.capacity = capacity;
        int[][] langs = languages(languages, tokens);
        this.languageCodes = langs[0];
        this.languageLevels = langs[1];
        this.languageNames = new String[languageCodes.length];
        for (LanguageAbility language : languages) {
            int index = Arrays.binarySearch(languageCodes, tokens.id(language.code()));
            languageNames[index] = language.code();
        }
        int best = -1;
        for (int level : languageLevels) {
            best = Math.max(best, level);
        }
        this.bestLevel = best;
        WeeklySlot[] sorted = slots.toArray(new WeeklySlot[0]);
        Arrays.sort(sorted, (a, b) -> a.day() != b.day() ? a.day().compareTo(b.day())
                : a.fromMinute() != b.fromMinute() ? Integer.compare(a.fromMinute(), b.fromMinute())
                : Integer.compare(a.toMinute(), b.toMinute()));
        this.slotDay = new int[sorted.length];
        this.slotFrom = new int[sorted.length];
        this.slotTo = new int[sorted.length];
        int mask = 0;
        int free = 0;
        int[] fDay = new int[sorted.length];
        int[] fFrom = new int[sorted.length];
        int[] fTo = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            int day = sorted[i].day().ordinal();
            slotDay[i] = day;
            slotFrom[i] = sorted[i].fromMinute();
            slotTo[i] = sorted[i].toMinute();
            mask |= 1 << day;
            if (free > 0 && fDay[free - 1] == day && slotFrom[i] <= fTo[free - 1]) {
                fTo[free - 1] = Math.max(fTo[free - 1], slotTo[i]);
            } else {
                fDay[free] = day;
                fFrom[free] = slotFrom[i];
                fTo[free] = slotTo[i];
                free++;
            }
        }
        this.dayMask = mask;
        this.freeDay = Arrays.copyOf(fDay, free);
        this.freeFrom = Arrays.copyOf(fFrom, free);
        this.freeTo = Arrays.copyOf(fTo, free);
        this.district = tokens.id(district);
        this.districtName = district == null ? null : district.trim();
        this.location = location;
        if (location != null) {
            double lat = Math.toRadians(location.latitude());
            double lon = Math.toRadians(location.longitude());
            this.x = GeoPoint.EARTH_RADIUS_KM * Math.cos(lat) * Math.cos(lon);
            this.y = GeoPoint.EARTH_RADIUS_KM * Math.cos(lat) * Math.sin(lon);
            this.z = GeoPoint.EARTH_RADIUS_KM * Math.sin(lat);
        } else {
            this.x = Double.NaN;
            this.y = Double.NaN;
            this.z = Double.NaN;
        }
        this.interests = tokens.ids(interests);
        this.needsOrSkills = tokens.ids(needsOrSkills);
        this.ageBand = tokens.id(ageBand);
        this.ageRank = ageBand == null ? -1 : AGE_BANDS.indexOf(Tokens.normalize(ageBand).replace(" ", ""));
        this.kind = kind;
        this.preferredGender = preferredGender;
        this.declined = declined;
        this.gender = gender;
        this.preferredKinds = preferredKinds;
    }

    static Profile of(Seeker seeker, Tokens tokens) {
        return new Profile(seeker.id(), seeker.capacity(), seeker.languages(), seeker.availability(),
                seeker.district(), seeker.location(), seeker.interests(), seeker.needs(), seeker.ageBand(),
                tokens.id(seeker.kind()), tokens.id(seeker.preferredGender()), seeker.declinedCandidates(),
                Tokens.NONE, new int[0], tokens);
    }

    static Profile of(Candidate candidate, Tokens tokens) {
        return new Profile(candidate.id(), candidate.capacity(), candidate.languages(), candidate.availability(),
                candidate.district(), candidate.location(), candidate.interests(), candidate.skills(),
                candidate.ageBand(), Tokens.NONE, Tokens.NONE, Set.of(), tokens.id(candidate.gender()),
                tokens.ids(candidate.preferredKinds()), tokens);
    }

    boolean located() {
        return location != null;
    }

    /** The level of a language id, -1 when not spoken. */
    int level(int code) {
        int index = Arrays.binarySearch(languageCodes, code);
        return index < 0 ? -1 : languageLevels[index];
    }

    private static int[][] languages(List<LanguageAbility> languages, Tokens tokens) {
        int[] codes = new int[languages.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = tokens.id(languages.get(i).code());
        }
        int[] distinct = Arrays.stream(codes).distinct().sorted().toArray();
        int[] levels = new int[distinct.length];
        Arrays.fill(levels, -1);
        for (int i = 0; i < codes.length; i++) {
            int index = Arrays.binarySearch(distinct, codes[i]);
            levels[index] = Math.max(levels[index], languages.get(i).level());
        }
        return new int[][] {distinct, levels};
    }
}
