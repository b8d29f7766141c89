package uk.hearth.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    @Test
    void tenWorkingDaysAcrossEaster2026() {
        // From Thursday 2 April, skipping Good Friday 3 and Easter Monday 6 April:
        // 7, 8, 9, 10, 13, 14, 15, 16, 17 and then Monday 20 April is the tenth.
        assertEquals(LocalDate.of(2026, 4, 20), WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 10));
    }

    @Test
    void tenWorkingDaysAcrossChristmas2026() {
        // From Friday 18 December, skipping 25 Dec, 28 Dec (Boxing Day substitute) and
        // 1 Jan: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5 and then Wednesday 6 January.
        assertEquals(LocalDate.of(2027, 1, 6), WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 12, 18), 10));
    }

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertTrue(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 2)));
        assertFalse(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 3)));
        assertFalse(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 4)));
        assertFalse(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 5)));
        assertFalse(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 6)));
        assertTrue(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void startingAtAWeekendCountsFromTheNextWorkingDay() {
        // Saturday 7 March 2026: Monday 9th is the first working day counted.
        assertEquals(LocalDate.of(2026, 3, 9), WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 3, 7), 1));
        assertEquals(LocalDate.of(2026, 3, 13), WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 3, 7), 5));
    }

    @Test
    void zeroDaysKeepsAWorkingDay() {
        LocalDate tuesday = LocalDate.of(2026, 3, 10);
        assertEquals(tuesday, WorkingDayCalendar.plusWorkingDays(tuesday, 0));
    }

    @Test
    void zeroDaysMovesToTheNextWorkingDay() {
        // Good Friday 2026 -> Tuesday after Easter Monday.
        assertEquals(LocalDate.of(2026, 4, 7), WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 4, 3), 0));
        assertEquals(LocalDate.of(2026, 3, 9), WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 3, 8), 0));
    }

    @Test
    void negativeDaysAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 3, 10), -1));
    }

    @Test
    void workingDaysBetweenAcrossChristmas() {
        assertEquals(10, WorkingDayCalendar.workingDaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 6)));
        // 21 Dec 2026 to 1 Jan 2027 inclusive: 10 weekdays less 25 Dec, 28 Dec and 1 Jan.
        assertEquals(7, WorkingDayCalendar.workingDaysBetween(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void workingDaysBetweenExcludesStartAndIncludesEnd() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        assertEquals(1, WorkingDayCalendar.workingDaysBetween(monday, monday.plusDays(1)));
        assertEquals(4, WorkingDayCalendar.workingDaysBetween(monday, monday.plusDays(6)));
        assertEquals(5, WorkingDayCalendar.workingDaysBetween(monday, monday.plusDays(7)));
    }

    @Test
    void workingDaysBetweenIsZeroWhenEndIsNotAfterStart() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        assertEquals(0, WorkingDayCalendar.workingDaysBetween(day, day));
        assertEquals(0, WorkingDayCalendar.workingDaysBetween(day, day.minusDays(5)));
    }

    @Test
    void workingDaysBetweenAgreesWithPlusWorkingDays() {
        LocalDate start = LocalDate.of(2025, 11, 3);
        for (int days = 0; days <= 600; days += 7) {
            LocalDate end = WorkingDayCalendar.plusWorkingDays(start, days);
            assertEquals(days, WorkingDayCalendar.workingDaysBetween(start, end), () -> "to " + end);
        }
    }

    @Test
    void workingDaysBetweenCountsAWholeYear() {
        // 2026 has 261 weekdays and all 8 bank holidays fall on weekdays.
        assertEquals(253, WorkingDayCalendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
    }
}
