package uk.hearth.competitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.hearth.testing.ScoringSamples.CONCLUDED_AT;
import static uk.hearth.testing.ScoringSamples.contract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.competitions.domain.PriceLine;
import uk.hearth.competitions.domain.StandstillRunningException;
import uk.hearth.shared.money.Money;

class ContractParticularsTest {

    @Test
    void aContractCannotBeConcludedDuringTheStandstill() {
        // The sample standstill's last day is Thursday 26 November 2026.
        assertThrows(StandstillRunningException.class, () -> contract(Instant.parse("2026-11-26T23:59:59Z")));
        assertEquals(CONCLUDED_AT, contract(CONCLUDED_AT).concludedAt());
    }

    @Test
    void theTermRunsToTheDayBeforeItsMonthlyAnniversary() {
        ContractParticulars contract = contract(CONCLUDED_AT);
        assertEquals(LocalDate.of(2030, 1, 3), contract.endDate());
        assertEquals(LocalDate.of(2031, 1, 3), contract.endDateIfExtended());
    }

    @Test
    void theBreakdownMustAddUpToTheWeeklyPrice() {
        ContractParticulars c = contract(CONCLUDED_AT);
        List<ContractParticulars.PriceLine> short1 =
                List.of(new ContractParticulars.PriceLine("Staffing", Money.of("8200.00")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ContractParticulars(c.reference(), c.competitionReference(), c.competitionTitle(),
                        c.councilName(), c.providerLegalName(), null, c.lotName(), c.type(), c.quantity(),
                        c.startDate(), c.termMonths(), 0, c.weeklyPrice(), short1, c.contractValue(), c.keyTerms(),
                        c.standstill(), c.concludedAt(), c.signedForCouncilBy(), c.signedForProviderBy(),
                        c.dpsName()));
        assertEquals("The price breakdown adds up to 8200.00, not the weekly price of 11400.00", refused.getMessage());
    }

    @Test
    void quantityAndTermMustBePositive() {
        ContractParticulars c = contract(CONCLUDED_AT);
        assertThrows(IllegalArgumentException.class, () -> new ContractParticulars(c.reference(),
                c.competitionReference(), c.competitionTitle(), c.councilName(), c.providerLegalName(), null,
                c.lotName(), c.type(), BigDecimal.ZERO, c.startDate(), c.termMonths(), 0, c.weeklyPrice(), List.of(),
                c.contractValue(), c.keyTerms(), c.standstill(), c.concludedAt(), c.signedForCouncilBy(),
                c.signedForProviderBy(), c.dpsName()));
        assertThrows(IllegalArgumentException.class, () -> new ContractParticulars(c.reference(),
                c.competitionReference(), c.competitionTitle(), c.councilName(), c.providerLegalName(), null,
                c.lotName(), c.type(), c.quantity(), c.startDate(), 0, 0, c.weeklyPrice(), List.of(),
                c.contractValue(), c.keyTerms(), c.standstill(), c.concludedAt(), c.signedForCouncilBy(),
                c.signedForProviderBy(), c.dpsName()));
    }
}
