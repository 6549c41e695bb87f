package nl.onderop.matching.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A seeker or candidate compiled for fast pair checks. All lists live in one int array ({@link #data}) so that
 * checking a pair touches few cache lines: codes are sorted int ids (see {@link Tokens}), slots sorted, the
 * location also kept as a point in space. Fields that belong to one side only are {@link Tokens#NONE} or empty
 * on the other.
 */
final class Profile {

    /** Age bands in order; adjacent bands score 50. */
    static final List<String> AGE_BANDS = List.of("0-17", "18-29", "30-49", "50-66", "67+");
    static final int BLOCK_MINUTES = 180;
    static final int BLOCKS_PER_DAY = WeeklySlot.MINUTES_PER_DAY / BLOCK_MINUTES;

    final String id;
    final int capacity;
    /**
     * {@code [language ids ascending | their levels (the highest given per id) | slots as (day, from, to),
     * sorted | their union as disjoint (day, from, to), sorted | interests | needs or skills | preferred kinds]},
     * the sets as sorted distinct ids.
     */
    final int[] data;
    final int languages;
    final int slotsAt;
    final int slots;
    final int freeAt;
    final int free;
    final int interestsAt;
    final int interests;
    final int needsAt;
    final int needs;
    final int kindsAt;
    final int kinds;
    /** The language codes as given, in the order of the ids (for explanations). */
    final String[] languageNames;
    /** The highest level over all languages, -1 without languages. */
    final int bestLevel;
    /**
     * Which 3-hour blocks of the week (7 days of 8 blocks, bit {@code day * 8 + block}) the slots touch: two
     * people whose masks share no bit have no common minute.
     */
    final long timeMask;
    final int district;
    final String districtName;
    final boolean located;
    final double latitude;
    final double longitude;
    final double latitudeRadians;
    final double cosLatitude;
    /** The location as a point in 3D space (km from the earth's centre), for the spatial grid. */
    final double x;
    final double y;
    final double z;
    final int ageBand;
    final int ageRank;
    /** Seeker only: kind, preferred gender and declined candidate ids. */
    final int kind;
    final int preferredGender;
    final Set<String> declined;
    /** Candidate only: gender. */
    final int gender;

    private Profile(String id, int capacity, List<LanguageAbility> languageList, List<WeeklySlot> slotList,
            String district, GeoPoint location, Set<String> interestSet, Set<String> needsOrSkills, String ageBand,
            int kind, int preferredGender, Set<String> declined, int gender, Set<String> preferredKinds,
            Tokens tokens) {
        this.id = id;
        this.capacity = capacity;
        int[] languageIds = new int[languageList.size()];
        for (int i = 0; i < languageIds.length; i++) {
            languageIds[i] = tokens.id(languageList.get(i).code());
        }
        int[] codes = distinctSorted(languageIds.clone());
        int[] levels = new int[codes.length];
        Arrays.fill(levels, -1);
        this.languageNames = new String[codes.length];
        int best = -1;
        for (int i = 0; i < languageIds.length; i++) {
            int index = Arrays.binarySearch(codes, languageIds[i]);
            levels[index] = Math.max(levels[index], languageList.get(i).level());
            languageNames[index] = languageList.get(i).code();
            best = Math.max(best, levels[index]);
        }
        this.bestLevel = best;

        WeeklySlot[] sorted = slotList.toArray(new WeeklySlot[0]);
        Arrays.sort(sorted, Comparator.comparing(WeeklySlot::day).thenComparingInt(WeeklySlot::fromMinute)
                .thenComparingInt(WeeklySlot::toMinute));
        int[] slotTriples = new int[3 * sorted.length];
        int[] freeTriples = new int[3 * sorted.length];
        int freeCount = 0;
        long mask = 0;
        for (int i = 0; i < sorted.length; i++) {
            int day = sorted[i].day().ordinal();
            int from = sorted[i].fromMinute();
            int to = sorted[i].toMinute();
            slotTriples[3 * i] = day;
            slotTriples[3 * i + 1] = from;
            slotTriples[3 * i + 2] = to;
            for (int block = from / BLOCK_MINUTES; block <= (to - 1) / BLOCK_MINUTES; block++) {
                mask |= 1L << (day * BLOCKS_PER_DAY + block);
            }
            int last = 3 * (freeCount - 1);
            if (freeCount > 0 && freeTriples[last] == day && from <= freeTriples[last + 2]) {
                freeTriples[last + 2] = Math.max(freeTriples[last + 2], to);
            } else {
                freeTriples[3 * freeCount] = day;
                freeTriples[3 * freeCount + 1] = from;
                freeTriples[3 * freeCount + 2] = to;
                freeCount++;
            }
        }
        this.timeMask = mask;
        int[] interestIds = tokens.ids(interestSet);
        int[] needIds = tokens.ids(needsOrSkills);
        int[] kindIds = tokens.ids(preferredKinds);

        this.languages = codes.length;
        this.slotsAt = 2 * languages;
        this.slots = sorted.length;
        this.freeAt = slotsAt + 3 * slots;
        this.free = freeCount;
        this.interestsAt = freeAt + 3 * free;
        this.interests = interestIds.length;
        this.needsAt = interestsAt + interests;
        this.needs = needIds.length;
        this.kindsAt = needsAt + needs;
        this.kinds = kindIds.length;
        this.data = new int[kindsAt + kinds];
        System.arraycopy(codes, 0, data, 0, languages);
        System.arraycopy(levels, 0, data, languages, languages);
        System.arraycopy(slotTriples, 0, data, slotsAt, 3 * slots);
        System.arraycopy(freeTriples, 0, data, freeAt, 3 * free);
        System.arraycopy(interestIds, 0, data, interestsAt, interests);
        System.arraycopy(needIds, 0, data, needsAt, needs);
        System.arraycopy(kindIds, 0, data, kindsAt, kinds);

        this.district = tokens.id(district);
        this.districtName = district == null ? null : district.trim();
        this.located = location != null;
        if (located) {
            this.latitude = location.latitude();
            this.longitude = location.longitude();
            this.latitudeRadians = Math.toRadians(latitude);
            this.cosLatitude = Math.cos(latitudeRadians);
            double lon = Math.toRadians(longitude);
            this.x = GeoPoint.EARTH_RADIUS_KM * cosLatitude * Math.cos(lon);
            this.y = GeoPoint.EARTH_RADIUS_KM * cosLatitude * Math.sin(lon);
            this.z = GeoPoint.EARTH_RADIUS_KM * Math.sin(latitudeRadians);
        } else {
            this.latitude = Double.NaN;
            this.longitude = Double.NaN;
            this.latitudeRadians = Double.NaN;
            this.cosLatitude = Double.NaN;
            this.x = Double.NaN;
            this.y = Double.NaN;
            this.z = Double.NaN;
        }
        this.ageBand = tokens.id(ageBand);
        this.ageRank = ageBand == null ? -1 : AGE_BANDS.indexOf(Tokens.normalize(ageBand).replace(" ", ""));
        this.kind = kind;
        this.preferredGender = preferredGender;
        this.declined = declined;
        this.gender = gender;
    }

    static Profile of(Seeker seeker, Tokens tokens) {
        return new Profile(seeker.id(), seeker.capacity(), seeker.languages(), seeker.availability(),
                seeker.district(), seeker.location(), seeker.interests(), seeker.needs(), seeker.ageBand(),
                tokens.id(seeker.kind()), tokens.id(seeker.preferredGender()), seeker.declinedCandidates(),
                Tokens.NONE, Set.of(), tokens);
    }

    static Profile of(Candidate candidate, Tokens tokens) {
        return new Profile(candidate.id(), candidate.capacity(), candidate.languages(), candidate.availability(),
                candidate.district(), candidate.location(), candidate.interests(), candidate.skills(),
                candidate.ageBand(), Tokens.NONE, Tokens.NONE, Set.of(), tokens.id(candidate.gender()),
                candidate.preferredKinds(), tokens);
    }

    int languageCode(int i) {
        return data[i];
    }

    int languageLevel(int i) {
        return data[languages + i];
    }

    /** The level of a language id, -1 when not spoken. */
    int level(int code) {
        for (int i = 0; i < languages; i++) {
            if (data[i] == code) {
                return data[languages + i];
            }
        }
        return -1;
    }

    int slotDay(int i) {
        return data[slotsAt + 3 * i];
    }

    int slotFrom(int i) {
        return data[slotsAt + 3 * i + 1];
    }

    int slotTo(int i) {
        return data[slotsAt + 3 * i + 2];
    }

    private static int[] distinctSorted(int[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || values[n - 1] != values[i]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }
}
