package nl.onderop.matching.engine;

/** A place on earth in degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    /** Mean earth radius (IUGG) in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a place on earth: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance in kilometres (haversine formula). */
    public double distanceKm(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        return haversineKm(lat1, Math.cos(lat1), lat2, Math.cos(lat2), Math.toRadians(other.longitude - longitude));
    }

    /** The haversine formula on latitudes in radians, their cosines and the difference in longitude in radians. */
    static double haversineKm(double lat1, double cosLat1, double lat2, double cosLat2, double dLon) {
        double sinLat = Math.sin((lat2 - lat1) / 2);
        double sinLon = Math.sin(dLon / 2);
        double h = sinLat * sinLat + cosLat1 * cosLat2 * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
