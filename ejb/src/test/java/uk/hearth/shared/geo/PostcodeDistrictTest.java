package uk.hearth.shared.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeDistrictTest {

    @ParameterizedTest
    @CsvSource({
        "LE10, LE10",
        "M1, M1",
        "SW1A, SW1A",
        "EC1A, EC1A",
        "'  ng10 ', NG10",
        "'le 1', LE1",
        "w1a, W1A",
    })
    void acceptsDistricts(String text, String code) {
        PostcodeDistrict district = PostcodeDistrict.of(text);
        assertEquals(code, district.code());
        assertEquals(code, district.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12AB", "ABC1", "LE", "LE10 0AA", "LE1!", "L", "LE100"})
    void rejectsNonDistricts(String text) {
        assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.of(text));
    }

    @Test
    void rejectsNullDistrict() {
        assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.of(null));
    }

    @Test
    void explainsWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.of(" xyz "));
        assertEquals("‘xyz’ is not a UK postcode district, such as LE1 or NG10.", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "le10 0aa, LE10",
        "SW1A 1AA, SW1A",
        "EC1A1BB, EC1A",
        "M1 1AE, M1",
        "'  LE1   5WW ', LE1",
        "ng100ab, NG10",
        "W1A 0AX, W1A",
    })
    void readsTheDistrictOfAPostcode(String postcode, String code) {
        assertTrue(PostcodeDistrict.isValidPostcode(postcode));
        assertEquals(new PostcodeDistrict(code), PostcodeDistrict.ofPostcode(postcode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12AB", "LE10 0A", "ABC1", "LE10", "LE10 AAA", "ABC1 1AA", "LE10 0AA X"})
    void rejectsNonPostcodes(String text) {
        assertFalse(PostcodeDistrict.isValidPostcode(text));
        assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.ofPostcode(text));
    }

    @Test
    void nullIsNotAPostcode() {
        assertFalse(PostcodeDistrict.isValidPostcode(null));
        assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.ofPostcode(null));
    }

    @Test
    void constructorOnlyTakesCanonicalCodes() {
        assertThrows(IllegalArgumentException.class, () -> new PostcodeDistrict("le10"));
        assertThrows(IllegalArgumentException.class, () -> new PostcodeDistrict(null));
    }
}
