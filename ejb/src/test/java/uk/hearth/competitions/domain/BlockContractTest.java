package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.money.Money;

class BlockContractTest {

    private static final BlockContract THREE_YEARS =
            new BlockContract(ContractUnit.BEDS, 2, 36, 12, Money.of("1800000.00"));

    @Test
    void aWeeklyPriceIsValuedOverTheInitialTermAtFiftyTwoWeeksAYear() {
        assertEquals(Money.of("1778400.00"), THREE_YEARS.valueAt(Money.of("11400.00")));
        // Seven months are 30⅓ weeks: £1,000.01 × 30.333… = £30,333.64 to the penny.
        assertEquals(Money.of("30333.64"),
                new BlockContract(ContractUnit.HOURS, 20, 7, null, Money.pounds(10)).valueAt(Money.of("1000.01")));
    }

    @Test
    void theInitialTermEndsTheDayBeforeItsMonthsAreUp() {
        assertEquals(LocalDate.of(2030, 1, 3), THREE_YEARS.lastDayFrom(LocalDate.of(2027, 1, 4)));
        assertEquals(12, THREE_YEARS.extension());
        assertEquals(0, new BlockContract(ContractUnit.BEDS, 1, 12, null, Money.pounds(10)).extension());
    }
}
