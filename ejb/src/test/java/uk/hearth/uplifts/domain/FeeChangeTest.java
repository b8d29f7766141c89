package uk.hearth.uplifts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.hearth.shared.money.Money;

/**
 * A weekly fee's change in pounds and per cent, and what is owed for the days between the effective date and the
 * decision: calendar days at a seventh of the weekly change, whatever the clocks or the bank holidays do.
 */
class FeeChangeTest {

    private static final LocalDate FIRST_OF_APRIL_2027 = LocalDate.of(2027, 4, 1);

    @Test
    void theChangeInPoundsAndPerCent() {
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("1035.00"));

        assertEquals(Money.of("35.00"), change.amount());
        assertEquals(new BigDecimal("3.50"), change.percent());
    }

    @ParameterizedTest
    @CsvSource({
        "3.00, 3.10, 3.33",
        "3.00, 3.05, 1.67",
        "1000.00, 950.00, -5.00",
        "1250.00, 1250.00, 0.00",
    })
    void thePercentageIsRoundedHalfUpToTwoPlaces(String from, String to, String percent) {
        assertEquals(new BigDecimal(percent), new FeeChange(Money.of(from), Money.of(to)).percent());
    }

    @Test
    void aFeeOfNothingHasAChangeOfNoPerCent() {
        FeeChange change = new FeeChange(Money.ZERO, Money.of("500.00"));

        assertEquals(new BigDecimal("0.00"), change.percent());
        assertEquals(Money.of("500.00"), change.amount());
    }

    @Test
    void aFallingFeeHasANegativeChange() {
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("980.00"));

        assertEquals(Money.of("-20.00"), change.amount());
        assertEquals(new BigDecimal("-2.00"), change.percent());
    }

    @ParameterizedTest
    @CsvSource({
        "1000.00, 3.5, 1035.00",
        "1234.56, 2.75, 1268.51",   // 1,268.5104
        "10.10, 5, 10.61",          // 10.605, half up
        "999.99, 3.3, 1032.99",     // 1,032.98967
        "1250.00, 0, 1250.00",
        "0.00, 4, 0.00",
    })
    void byPercentGivesTheNewFeeToThePenny(String from, String percent, String to) {
        FeeChange change = FeeChange.byPercent(Money.of(from), new BigDecimal(percent));

        assertEquals(Money.of(from), change.from());
        assertEquals(Money.of(to), change.to());
    }

    @Test
    void nothingIsOwedWhenTheDecisionComesBeforeOrOnTheEffectiveDate() {
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("1070.00"));

        assertEquals(Money.ZERO, change.backPay(FIRST_OF_APRIL_2027, LocalDate.of(2027, 3, 15)));
        assertEquals(Money.ZERO, change.backPay(FIRST_OF_APRIL_2027, FIRST_OF_APRIL_2027.minusDays(1)));
        assertEquals(Money.ZERO, change.backPay(FIRST_OF_APRIL_2027, FIRST_OF_APRIL_2027));
    }

    @Test
    void aDecisionFourteenDaysLateOwesTwoWeeksOfTheRise() {
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("1070.00"));

        assertEquals(Money.of("140.00"), change.backPay(FIRST_OF_APRIL_2027, LocalDate.of(2027, 4, 15)));
    }

    @Test
    void theDayOfTheDecisionIsNotOwed() {
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("1070.00"));

        // 1 April up to but not including 2 April: one day at £10.
        assertEquals(Money.of("10.00"), change.backPay(FIRST_OF_APRIL_2027, LocalDate.of(2027, 4, 2)));
    }

    @Test
    void backPayCountsCalendarDaysAcrossEasterAndTheClocksGoingForward() {
        // Monday 22 March to Monday 5 April 2027 takes in Good Friday (26 March), the clocks going forward
        // (Sunday 28 March, a day of 23 hours) and Easter Monday (29 March): still 14 days, two weeks of £35.
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("1035.00"));

        assertEquals(Money.of("70.00"), change.backPay(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5)));
    }

    @Test
    void aPartWeekIsOwedBySeventhsRoundedOnceToThePenny() {
        // Saturday 27, Sunday 28 (the short day) and Monday 29 March 2027, decided on the Tuesday: 3 days of £10 a
        // week is £4.2857...
        FeeChange change = new FeeChange(Money.of("1000.00"), Money.of("1010.00"));

        assertEquals(Money.of("4.29"), change.backPay(LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 30)));
        // 10 days of £1 a week is £1.428..., not ten days of 14p rounded first (£1.40).
        assertEquals(Money.of("1.43"), new FeeChange(Money.of("100.00"), Money.of("101.00"))
                .backPay(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 1)));
    }

    @Test
    void aFeeThatFallsOrStaysOwesNothing() {
        LocalDate decided = LocalDate.of(2027, 4, 15);

        assertEquals(Money.ZERO, new FeeChange(Money.of("1000.00"), Money.of("930.00")).backPay(FIRST_OF_APRIL_2027, decided));
        assertEquals(Money.ZERO, new FeeChange(Money.of("1000.00"), Money.of("1000.00")).backPay(FIRST_OF_APRIL_2027, decided));
    }
}
