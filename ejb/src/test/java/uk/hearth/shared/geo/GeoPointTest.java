package uk.hearth.shared.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    // District centres from the postcode_district reference data.
    private static final GeoPoint LE1 = new GeoPoint(52.63379, -1.12812);
    private static final GeoPoint NG1 = new GeoPoint(52.954, -1.147);

    @Test
    void leicesterToNottingham() {
        // 22.1387 miles, worked out separately with the same formula and radius.
        assertEquals(22.1387, LE1.milesTo(NG1), 0.001);
    }

    @Test
    void zeroToItself() {
        assertEquals(0.0, LE1.milesTo(LE1), 1e-9);
    }

    @Test
    void symmetric() {
        assertEquals(LE1.milesTo(NG1), NG1.milesTo(LE1), 1e-9);
    }

    @Test
    void antipodesAreHalfwayRoundTheEarth() {
        assertEquals(Math.PI * 3958.8, new GeoPoint(0, 0).milesTo(new GeoPoint(0, 180)), 1e-6);
    }

    @Test
    void rejectsOutOfRangeCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(-91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, 180.5));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
    }
}
