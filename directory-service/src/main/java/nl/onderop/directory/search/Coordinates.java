package nl.onderop.directory.search;

/**
 * The one range check for coordinates, shared by {@link GeoPoint} and {@link SearchQuery.Near}. The negated
 * comparisons also reject NaN, which Lucene's point encoding would otherwise turn into a wrong location.
 */
final class Coordinates {

    private Coordinates() {
    }

    static void requireValid(double latitude, double longitude) {
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }
}
