package uk.hearth.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidaysTest {

    // Lists published on gov.uk/bank-holidays for England and Wales.
    static Stream<Arguments> publishedYears() {
        return Stream.of(
                Arguments.of(2025, List.of("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                        "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")),
                Arguments.of(2026, List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                        "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")),
                Arguments.of(2027, List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
                        "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedYears")
    void matchesThePublishedList(int year, List<String> expected) {
        assertEquals(expected.stream().map(LocalDate::parse).toList(), List.copyOf(BankHolidays.inYear(year)));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-01, New Year's Day",
        "2025-04-18, Good Friday",
        "2025-04-21, Easter Monday",
        "2025-05-05, Early May bank holiday",
        "2025-05-26, Spring bank holiday",
        "2025-08-25, Summer bank holiday",
        "2025-12-25, Christmas Day",
        "2025-12-26, Boxing Day",
        "2026-12-28, Boxing Day (substitute day)",
        "2027-12-27, Christmas Day (substitute day)",
        "2027-12-28, Boxing Day (substitute day)",
        "2022-12-26, Boxing Day",
        "2022-12-27, Christmas Day (substitute day)",
        "2022-01-03, New Year's Day (substitute day)",
        "2028-01-03, New Year's Day (substitute day)",
    })
    void namesHolidaysAndSubstituteDays(LocalDate date, String name) {
        assertEquals(Optional.of(name), BankHolidays.nameOf(date));
    }

    @Test
    void ordinaryDayHasNoName() {
        assertEquals(Optional.empty(), BankHolidays.nameOf(LocalDate.of(2026, 3, 10)));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void weekendChristmasDaysAreNotThemselvesHolidays() {
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2027, 12, 25)));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2027, 12, 26)));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2026, 12, 26)));
    }

    @Test
    void platinumJubileeMovedTheSpringHoliday2022() {
        assertEquals(Optional.of("Spring bank holiday"), BankHolidays.nameOf(LocalDate.of(2022, 6, 2)));
        assertEquals(Optional.of("Platinum Jubilee bank holiday"), BankHolidays.nameOf(LocalDate.of(2022, 6, 3)));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2022, 5, 30)));
    }

    @Test
    void stateFuneralOfQueenElizabeth2022() {
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2022, 9, 19)));
        assertEquals(10, BankHolidays.inYear(2022).size());
    }

    @Test
    void coronationOfKingCharles2023() {
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2023, 5, 8)));
        // The coronation was an extra day; the early May holiday stayed on 1 May.
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2023, 5, 1)));
        assertEquals(9, BankHolidays.inYear(2023).size());
    }

    @Test
    void veDayMovedTheEarlyMayHoliday2020() {
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2020, 5, 8)));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2020, 5, 4)));
        assertEquals(8, BankHolidays.inYear(2020).size());
    }

    @ParameterizedTest
    @CsvSource({
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2030, 2030-04-21",
    })
    void futureYearsHaveEightHolidaysAroundEaster(int year, LocalDate easterSunday) {
        assertEquals(easterSunday, BankHolidays.easterSunday(year));
        SortedSet<LocalDate> holidays = BankHolidays.inYear(year);
        assertEquals(8, holidays.size());
        assertEquals(Optional.of("Good Friday"), BankHolidays.nameOf(easterSunday.minusDays(2)));
        assertEquals(Optional.of("Easter Monday"), BankHolidays.nameOf(easterSunday.plusDays(1)));
        assertFalse(holidays.contains(easterSunday));
    }

    @Test
    void holidaysAlwaysFallOnWeekdays() {
        for (int year = 1978; year <= 2100; year++) {
            for (LocalDate date : BankHolidays.inYear(year)) {
                assertTrue(date.getDayOfWeek().getValue() <= 5, () -> date + " falls at a weekend");
            }
        }
    }

    @Test
    void yearListIsUnmodifiable() {
        SortedSet<LocalDate> holidays = BankHolidays.inYear(2026);
        assertThrows(UnsupportedOperationException.class, () -> holidays.add(LocalDate.of(2026, 3, 10)));
    }
}
