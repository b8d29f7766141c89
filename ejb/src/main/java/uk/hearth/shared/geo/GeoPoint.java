package uk.hearth.shared.geo;

import java.util.Objects;

/**
 * A point on the Earth's surface in decimal degrees (WGS84).
 *
 * @param latitude  from -90 (south) to 90 (north)
 * @param longitude from -180 (west) to 180 (east)
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean radius of the Earth in statute miles. */
    private static final double EARTH_RADIUS_MILES = 3958.8;

    public GeoPoint {
        // Written as negated ranges so that NaN is rejected too.
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException(
                    "Latitude must be between -90 and 90 degrees, but was " + latitude + ".");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(
                    "Longitude must be between -180 and 180 degrees, but was " + longitude + ".");
        }
    }

    /**
     * The great-circle distance to {@code other} in statute miles, by the haversine
     * formula on a spherical Earth. This is "as the crow flies", not a travel distance.
     */
    public double milesTo(GeoPoint other) {
        Objects.requireNonNull(other, "other");
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double sinHalfDLat = Math.sin((lat2 - lat1) / 2);
        double sinHalfDLon = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
        double h = sinHalfDLat * sinHalfDLat + Math.cos(lat1) * Math.cos(lat2) * sinHalfDLon * sinHalfDLon;
        // min() guards asin against rounding just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
