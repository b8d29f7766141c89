package uk.hearth.uplifts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.money.Money;

/**
 * A provider's weekly cost change: staff hours at the rate before and after with on-costs, the other costs, and
 * what the National Living Wage's rise alone accounts for.
 */
class CostBreakdownTest {

    private static final BigDecimal FORTY_HOURS = new BigDecimal("40");
    private static final Money LIVING_WAGE_2025 = Money.of("12.21");
    private static final Money LIVING_WAGE_2026 = Money.of("12.71");
    private static final BigDecimal TWENTY_PER_CENT = new BigDecimal("20");

    @Test
    void staffPayBeforeAndAfterIncludeOnCosts() {
        CostBreakdown breakdown = staffOnly();

        // 40 × £12.21 × 1.2 and 40 × £12.71 × 1.2.
        assertEquals(Optional.of(Money.of("586.08")), breakdown.staffPayBefore());
        assertEquals(Optional.of(Money.of("610.08")), breakdown.staffPayAfter());
        assertEquals(Money.of("24.00"), breakdown.staffPayChange());
    }

    @Test
    void staffPayIsRoundedToThePenny() {
        // 37.5 × £11.44 = £429.00, × 1.138 = £488.202.
        CostBreakdown breakdown = new CostBreakdown(new BigDecimal("37.5"), Money.of("11.44"), Money.of("12.00"),
                new BigDecimal("13.8"), null, null, null, null, null, null);

        assertEquals(Optional.of(Money.of("488.20")), breakdown.staffPayBefore());
        // 37.5 × £12.00 × 1.138 = £512.10.
        assertEquals(Optional.of(Money.of("512.10")), breakdown.staffPayAfter());
        assertEquals(Money.of("23.90"), breakdown.staffPayChange());
    }

    @Test
    void otherChangesAreSummedIgnoringTheOnesNotGivenAndAllowingFalls() {
        CostBreakdown breakdown = new CostBreakdown(FORTY_HOURS, LIVING_WAGE_2025, LIVING_WAGE_2026, TWENTY_PER_CENT,
                Money.of("10.00"), null, Money.of("-3.00"), null, Money.of("5.00"), null);

        assertEquals(Money.of("12.00"), breakdown.otherChanges());
        assertEquals(Money.of("36.00"), breakdown.totalChange());
    }

    @Test
    void everyOtherCostCounts() {
        CostBreakdown breakdown = new CostBreakdown(null, null, null, null, Money.of("1.00"), Money.of("2.00"),
                Money.of("3.00"), Money.of("4.00"), Money.of("5.00"), Money.of("6.00"));

        assertEquals(Money.of("21.00"), breakdown.otherChanges());
        // Without the staff parts, staff pay adds nothing.
        assertEquals(Money.ZERO, breakdown.staffPayChange());
        assertEquals(Money.of("21.00"), breakdown.totalChange());
    }

    @Test
    void staffPaysShareOfTheWholeChangeIsToOneDecimalPlace() {
        CostBreakdown breakdown = new CostBreakdown(FORTY_HOURS, LIVING_WAGE_2025, LIVING_WAGE_2026, TWENTY_PER_CENT,
                Money.of("10.00"), null, Money.of("-3.00"), null, Money.of("5.00"), null);

        // £24.00 of £36.00 is 66.666...%.
        assertEquals(Optional.of(new BigDecimal("66.7")), breakdown.staffPayShare());
        assertEquals(Optional.of(new BigDecimal("100.0")), staffOnly().staffPayShare());
    }

    @Test
    void thereIsNoShareWhenCostsDoNotRise() {
        CostBreakdown falling = new CostBreakdown(FORTY_HOURS, LIVING_WAGE_2025, LIVING_WAGE_2026, TWENTY_PER_CENT,
                Money.of("-30.00"), null, null, null, null, null);

        assertEquals(Money.of("-6.00"), falling.totalChange());
        assertEquals(Optional.empty(), falling.staffPayShare());
        assertEquals(Optional.empty(), CostBreakdown.EMPTY.staffPayShare());
    }

    @Test
    void theLivingWagesRiseAloneOverThePlacementsStaffHours() {
        // 40 × (£12.71 − £12.21) × 1.2.
        assertEquals(Optional.of(Money.of("24.00")), staffOnly().livingWageEffect(LIVING_WAGE_2025, LIVING_WAGE_2026));
    }

    @Test
    void theLivingWageEffectIsRoundedToThePenny() {
        // 37.5 × £0.33 × 1.138 = £14.08275.
        CostBreakdown breakdown = new CostBreakdown(new BigDecimal("37.5"), null, null, new BigDecimal("13.8"),
                null, null, null, null, null, null);

        assertEquals(Optional.of(Money.of("14.08")), breakdown.livingWageEffect(Money.of("11.44"), Money.of("11.77")));
    }

    @Test
    void theLivingWageEffectNeedsTheHoursAndTheOnCosts() {
        CostBreakdown noHours = new CostBreakdown(null, LIVING_WAGE_2025, LIVING_WAGE_2026, TWENTY_PER_CENT,
                null, null, null, null, null, null);
        CostBreakdown noOnCosts = new CostBreakdown(FORTY_HOURS, LIVING_WAGE_2025, LIVING_WAGE_2026, null,
                null, null, null, null, null, null);

        assertEquals(Optional.empty(), noHours.livingWageEffect(LIVING_WAGE_2025, LIVING_WAGE_2026));
        assertEquals(Optional.empty(), noOnCosts.livingWageEffect(LIVING_WAGE_2025, LIVING_WAGE_2026));
        assertEquals(Optional.empty(), noOnCosts.staffPayBefore());
    }

    @Test
    void anEmptyBreakdownMissesTheFourStaffParts() {
        assertEquals(List.of("staff hours a week", "hourly rate now", "hourly rate from the effective date", "on-costs"),
                CostBreakdown.EMPTY.missing());
        assertFalse(CostBreakdown.EMPTY.isComplete());
        assertEquals(Optional.empty(), CostBreakdown.EMPTY.staffPayBefore());
        assertEquals(Money.ZERO, CostBreakdown.EMPTY.staffPayChange());
        assertEquals(Money.ZERO, CostBreakdown.EMPTY.totalChange());
    }

    @Test
    void aBreakdownMissingOnePartSaysWhichAndGivesNoStaffPayChange() {
        CostBreakdown noRateAfter = new CostBreakdown(FORTY_HOURS, LIVING_WAGE_2025, null, TWENTY_PER_CENT,
                null, null, null, null, null, null);

        assertEquals(1, noRateAfter.missing().size());
        assertEquals(Optional.of(Money.of("586.08")), noRateAfter.staffPayBefore());
        assertEquals(Optional.empty(), noRateAfter.staffPayAfter());
        assertEquals(Money.ZERO, noRateAfter.staffPayChange());
    }

    @Test
    void theStaffPartsAreEnoughWithoutOtherCosts() {
        assertEquals(List.of(), staffOnly().missing());
        assertTrue(staffOnly().isComplete());
    }

    /** 40 hours at the 2025 and 2026 Living Wage, 20% on-costs, no other change. */
    private static CostBreakdown staffOnly() {
        return new CostBreakdown(FORTY_HOURS, LIVING_WAGE_2025, LIVING_WAGE_2026, TWENTY_PER_CENT,
                null, null, null, null, null, null);
    }
}
