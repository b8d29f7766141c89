package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import uk.hearth.shared.money.Money;

/** The particulars of the block contract on offer, e.g. two beds for three years with an optional year more. */
@Embeddable
public record BlockContract(
        @NotNull(message = "Choose whether the contract buys beds or hours.")
        @Enumerated(EnumType.STRING) @Column(name = "contract_unit", nullable = false, length = 10) ContractUnit unit,
        @Min(value = 1, message = "The contract must buy at least one bed or hour.")
        @Column(name = "contract_quantity", nullable = false) int quantity,
        @Min(value = 1, message = "The term must be at least 1 month.") @Max(value = 120, message = "The term must be 120 months or less.")
        @Column(name = "term_months", nullable = false) int termMonths,
        @Min(value = 1, message = "An extension must be at least 1 month; leave it empty for none.")
        @Max(value = 60, message = "Extensions must total 60 months or less.")
        @Column(name = "extension_months") Integer extensionMonths,
        @NotNull(message = "Enter the estimated value.")
        @Column(name = "estimated_value", nullable = false, precision = 14, scale = 2) Money estimatedValue) {

    private static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    /** What a weekly price comes to over the initial term, counting 52 weeks a year, to the penny. */
    public Money valueAt(Money weeklyPrice) {
        // One division, so the value is rounded once.
        return Money.of(weeklyPrice.amount().multiply(WEEKS_A_YEAR).multiply(BigDecimal.valueOf(termMonths))
                .divide(MONTHS_A_YEAR, 2, RoundingMode.HALF_UP));
    }

    /** The last day of the initial term of a contract starting on {@code startDate}. */
    public LocalDate lastDayFrom(LocalDate startDate) {
        return startDate.plusMonths(termMonths).minusDays(1);
    }

    /** Months the council may extend the contract by; 0 for none. */
    public int extension() {
        return extensionMonths == null ? 0 : extensionMonths;
    }
}
