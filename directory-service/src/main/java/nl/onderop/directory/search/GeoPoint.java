package nl.onderop.directory.search;

/**
 * A location of a service in WGS84 degrees.
 */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        Coordinates.requireValid(latitude, longitude);
    }
}
