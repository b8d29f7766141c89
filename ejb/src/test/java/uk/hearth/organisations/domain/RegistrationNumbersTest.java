package uk.hearth.organisations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"01234567", "12345678", "SC123456", "OC123456", "NI012345", "sc123456", " SC 123 456 ", "0123 4567"})
    void acceptsCompaniesHouseNumbers(String number) {
        assertTrue(RegistrationNumbers.isCompaniesHouseNumber(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "1234567", "123456789", "S1234567", "SCO12345", "SC1234567", "ABC12345", "12345-67",
            "SC12345", "１２３４５６７８"})
    void refusesWhatIsNotACompaniesHouseNumber(String number) {
        assertFalse(RegistrationNumbers.isCompaniesHouseNumber(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "1234567", "12345678", "1234567-1", "1234567-12", " 1234567 - 3 "})
    void acceptsCharityNumbers(String number) {
        assertTrue(RegistrationNumbers.isCharityNumber(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345", "123456789", "1234567-", "1234567-123", "1234567/1", "SC012345", "-1", "12a4567"})
    void refusesWhatIsNotACharityNumber(String number) {
        assertFalse(RegistrationNumbers.isCharityNumber(number));
    }

    @Test
    void normalisesAsPeopleTypeNumbers() {
        assertEquals("SC123456", RegistrationNumbers.normalise(" sc 123\t456 "));
        assertEquals("1234567-1", RegistrationNumbers.normalise("1234567 - 1"));
        assertNull(RegistrationNumbers.normalise("  "));
        assertNull(RegistrationNumbers.normalise(null));
    }
}
