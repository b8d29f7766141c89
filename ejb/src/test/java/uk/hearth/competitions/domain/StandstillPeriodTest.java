package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.competitions.domain.StandstillMode.CALENDAR_DAYS_10;
import static uk.hearth.competitions.domain.StandstillMode.WORKING_DAYS_8_PROCUREMENT_ACT;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.BusinessException;

class StandstillPeriodTest {

    @Test
    void tenCalendarDaysEndAtMidnightAtTheEndOfTheTenthDayAfterTheDecision() {
        // Monday 2 November 2026 → Thursday 12 November; the contract may be concluded from 00:00 on the 13th (GMT).
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-11-02T14:00:00Z"));
        assertEquals(LocalDate.of(2026, 11, 12), period.lastDay());
        assertEquals(Instant.parse("2026-11-13T00:00:00Z"), period.endsAt());
    }

    @Test
    void aTenthDayAtTheWeekendRunsToTheEndOfTheNextWorkingDay() {
        // Wednesday 4 November 2026 → Saturday 14th → Monday 16th.
        assertEquals(LocalDate.of(2026, 11, 16),
                new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-11-04T10:00:00Z")).lastDay());
    }

    @Test
    void aTenthDayOnGoodFridayRunsPastEasterMonday() {
        // Award letters emailed on Tuesday 23 March 2010: the 10th day is Good Friday 2 April, and Easter Monday is a
        // bank holiday too, so the standstill ends at midnight at the end of Tuesday 6 April (British Summer Time).
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2010-03-23T11:00:00Z"));
        assertEquals(LocalDate.of(2010, 4, 6), period.lastDay());
        assertEquals(Instant.parse("2010-04-06T23:00:00Z"), period.endsAt());
    }

    @Test
    void aTenthDayOnChristmasDayRunsPastTheBoxingDaySubstitute() {
        // Tuesday 15 December 2026 → Friday 25th; Monday 28th stands in for Boxing Day, so Tuesday 29th.
        assertEquals(LocalDate.of(2026, 12, 29),
                new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-12-15T09:00:00Z")).lastDay());
    }

    @Test
    void aPeriodThatCrossesTheSpringClockChangeEndsAtMidnightBritishSummerTime() {
        // Friday 20 March 2026 (GMT) → Monday 30 March (BST, since the 29th): midnight there is 23:00 UTC.
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-03-20T10:00:00Z"));
        assertEquals(LocalDate.of(2026, 3, 30), period.lastDay());
        assertEquals(Instant.parse("2026-03-30T23:00:00Z"), period.endsAt());
        assertFalse(period.concludableAt(Instant.parse("2026-03-30T22:59:59Z")));
        assertTrue(period.concludableAt(Instant.parse("2026-03-30T23:00:00Z")));
    }

    @Test
    void aPeriodThatCrossesTheAutumnClockChangeEndsAtMidnightGreenwichMeanTime() {
        // Friday 16 October 2026 (BST) → Monday 26 October (GMT, since the 25th).
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-10-16T10:00:00Z"));
        assertEquals(Instant.parse("2026-10-27T00:00:00Z"), period.endsAt());
    }

    @Test
    void theDecisionDayIsTheUkDayNotTheUtcDay() {
        // 23:30 UTC on Tuesday 30 June 2026 is 00:30 BST on Wednesday 1 July: the 10th day is Saturday 11 July, so
        // the standstill runs to Monday 13 July. Read in UTC it would wrongly end on Friday 10 July.
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-06-30T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 7, 1), period.decisionDay());
        assertEquals(LocalDate.of(2026, 7, 13), period.lastDay());
    }

    @Test
    void eightWorkingDaysBeginWithTheDecisionDay() {
        // Monday 2 November 2026 is day 1; Wednesday 11 November is day 8.
        StandstillPeriod period =
                new StandstillPeriod(WORKING_DAYS_8_PROCUREMENT_ACT, Instant.parse("2026-11-02T14:00:00Z"));
        assertEquals(LocalDate.of(2026, 11, 11), period.lastDay());
        assertEquals(Instant.parse("2026-11-12T00:00:00Z"), period.endsAt());
    }

    @Test
    void eightWorkingDaysFromAWeekendBeginOnMonday() {
        // Saturday 7 November 2026: Monday 9th is day 1, Wednesday 18th day 8.
        assertEquals(LocalDate.of(2026, 11, 18), new StandstillPeriod(WORKING_DAYS_8_PROCUREMENT_ACT,
                Instant.parse("2026-11-07T10:00:00Z")).lastDay());
    }

    @Test
    void eightWorkingDaysSkipEaster() {
        // Wednesday 1 April 2026 is day 1, Thursday 2nd day 2; Good Friday and Easter Monday do not count; 7-10 and
        // 13 April are days 3-7, Tuesday 14 April day 8, ending at midnight BST.
        StandstillPeriod period =
                new StandstillPeriod(WORKING_DAYS_8_PROCUREMENT_ACT, Instant.parse("2026-04-01T09:00:00Z"));
        assertEquals(LocalDate.of(2026, 4, 14), period.lastDay());
        assertEquals(Instant.parse("2026-04-14T23:00:00Z"), period.endsAt());
    }

    @Test
    void eightWorkingDaysFromABankHolidayBeginOnTheNextWorkingDay() {
        // Good Friday 3 April 2026: Tuesday 7 April is day 1, Thursday 16 April day 8.
        assertEquals(LocalDate.of(2026, 4, 16), new StandstillPeriod(WORKING_DAYS_8_PROCUREMENT_ACT,
                Instant.parse("2026-04-03T09:00:00Z")).lastDay());
    }

    @Test
    void eightWorkingDaysFromChristmasEveTakeFourteenCalendarDays() {
        // Tuesday 24 December 2024 (1), 27th (2), 30th (3), 31st (4), 2 January (5), 3rd (6), 6th (7), 7th (8).
        assertEquals(LocalDate.of(2025, 1, 7), new StandstillPeriod(WORKING_DAYS_8_PROCUREMENT_ACT,
                Instant.parse("2024-12-24T09:00:00Z")).lastDay());
    }

    @Test
    void theContractCannotBeConcludedBeforeTheStandstillEnds() {
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-11-02T14:00:00Z"));
        assertFalse(period.concludableAt(period.decidedAt()));
        assertFalse(period.concludableAt(Instant.parse("2026-11-12T23:59:59.999999Z")));
        assertTrue(period.concludableAt(Instant.parse("2026-11-13T00:00:00Z")));
        assertTrue(period.concludableAt(Instant.parse("2026-12-01T09:00:00Z")));
    }

    @Test
    void concludingDuringTheStandstillIsRefusedWithItsEnd() {
        StandstillPeriod period = new StandstillPeriod(CALENDAR_DAYS_10, Instant.parse("2026-11-02T14:00:00Z"));
        StandstillRunningException refused = assertThrows(StandstillRunningException.class,
                () -> period.requireEnded(Instant.parse("2026-11-12T12:00:00Z")));
        assertEquals("The contract cannot be concluded until the standstill period ends at midnight at the end of "
                + "Thursday 12 November 2026 (UK time).", refused.getMessage());
        assertInstanceOf(BusinessException.class, refused);
        assertDoesNotThrow(() -> period.requireEnded(Instant.parse("2026-11-13T00:00:00Z")));
    }

    @Test
    void theDefaultIsTenCalendarDaysAndEachModeSaysHowItCounts() {
        assertEquals(CALENDAR_DAYS_10, StandstillMode.DEFAULT);
        assertTrue(CALENDAR_DAYS_10.description().startsWith("10 calendar days"));
        assertTrue(WORKING_DAYS_8_PROCUREMENT_ACT.description().startsWith("8 working days (Procurement Act 2023)"));
    }
}
