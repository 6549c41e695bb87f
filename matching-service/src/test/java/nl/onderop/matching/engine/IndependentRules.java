package nl.onderop.matching.engine;

/**
 * The hard rules written again, straight from their description and independently of the engine's compiled
 * profiles and indexes, to check the engine's proposals against.
 */
final class IndependentRules {

    private IndependentRules() {
    }

    static boolean feasible(Seeker seeker, Candidate candidate, Rules rules) {
        return sharedLanguage(seeker, candidate, rules) && commonSlot(seeker, candidate, rules)
                && near(seeker, candidate, rules) && candidate.capacity() > 0 && preferences(seeker, candidate)
                && !seeker.declinedCandidates().contains(candidate.id());
    }

    static boolean sharedLanguage(Seeker seeker, Candidate candidate, Rules rules) {
        for (LanguageAbility mine : seeker.languages()) {
            for (LanguageAbility theirs : candidate.languages()) {
                if (mine.code().equalsIgnoreCase(theirs.code()) && mine.level() >= rules.minimumLanguageLevel()
                        && theirs.level() >= rules.minimumLanguageLevel()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean commonSlot(Seeker seeker, Candidate candidate, Rules rules) {
        for (WeeklySlot mine : seeker.availability()) {
            for (WeeklySlot theirs : candidate.availability()) {
                int from = Math.max(mine.fromMinute(), theirs.fromMinute());
                int to = Math.min(mine.toMinute(), theirs.toMinute());
                if (mine.day() == theirs.day() && to - from >= rules.minimumOverlapMinutes()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean near(Seeker seeker, Candidate candidate, Rules rules) {
        boolean sameDistrict = seeker.district() != null && candidate.district() != null
                && seeker.district().trim().equalsIgnoreCase(candidate.district().trim());
        if (rules.districtRule() == DistrictRule.SAME_DISTRICT) {
            return sameDistrict;
        }
        if (seeker.location() != null && candidate.location() != null) {
            return haversineKm(seeker.location(), candidate.location()) <= rules.maxDistanceKm();
        }
        return sameDistrict;
    }

    static boolean preferences(Seeker seeker, Candidate candidate) {
        if (seeker.preferredGender() != null
                && (candidate.gender() == null || !seeker.preferredGender().equalsIgnoreCase(candidate.gender()))) {
            return false;
        }
        if (candidate.preferredKinds().isEmpty()) {
            return true;
        }
        return seeker.kind() != null
                && candidate.preferredKinds().stream().anyMatch(kind -> kind.equalsIgnoreCase(seeker.kind()));
    }

    /** Haversine written out again (with the same earth radius). */
    static double haversineKm(GeoPoint a, GeoPoint b) {
        double phi1 = a.latitude() * Math.PI / 180;
        double phi2 = b.latitude() * Math.PI / 180;
        double dPhi = (b.latitude() - a.latitude()) * Math.PI / 180;
        double dLambda = (b.longitude() - a.longitude()) * Math.PI / 180;
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
