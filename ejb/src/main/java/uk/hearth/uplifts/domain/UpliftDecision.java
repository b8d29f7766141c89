package uk.hearth.uplifts.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.money.Money;

/** What the council officer decides: the outcome, the fee where part-approving, and the reasons. */
public record UpliftDecision(
        @NotNull(message = "Choose a decision") UpliftOutcome outcome,
        @DecimalMin(value = "0", message = "A weekly fee cannot be negative")
        @DecimalMax(value = Money.MAX, message = "That is more than Hearth can store: check the figure")
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal approvedWeeklyFee,
        @Size(max = Lengths.TEXT, message = "Keep the reasons to 4,000 characters") String reasons) {
}
