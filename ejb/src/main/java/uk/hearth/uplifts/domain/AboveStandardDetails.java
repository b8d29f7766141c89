package uk.hearth.uplifts.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.money.Money;

/**
 * What a provider enters to ask for more than the standard uplift on one placement. Any part may be empty while it
 * is a draft; submission says what is still missing. Amounts are pounds, never negative except the changes of
 * costs that fall.
 */
public record AboveStandardDetails(
        @DecimalMin(value = "0", message = "A weekly fee cannot be negative")
        @DecimalMax(value = Money.MAX, message = "That is more than Hearth can store: check the figure")
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal proposedWeeklyFee,
        boolean lowerFeeIntended,
        @Size(max = Lengths.TEXT, message = "Keep the case to 4,000 characters") String caseForUplift,
        @DecimalMin(value = "0", message = "Hours cannot be negative")
        @DecimalMax(value = "168", message = "A week has 168 hours")
        @Digits(integer = 3, fraction = 2, message = "Give the hours to two decimal places at most") BigDecimal staffHoursPerWeek,
        @DecimalMin(value = "0", message = "A rate cannot be negative")
        @DecimalMax(value = "999.99", message = "Check the hourly rate")
        @Digits(integer = 3, fraction = 2, message = "Give pounds and pence") BigDecimal hourlyRateBefore,
        @DecimalMin(value = "0", message = "A rate cannot be negative")
        @DecimalMax(value = "999.99", message = "Check the hourly rate")
        @Digits(integer = 3, fraction = 2, message = "Give pounds and pence") BigDecimal hourlyRateAfter,
        @DecimalMin(value = "0", message = "On-costs cannot be negative")
        @DecimalMax(value = "100", message = "On-costs above 100% of pay are not plausible")
        @Digits(integer = 3, fraction = 2, message = "Give the percentage to two decimal places at most") BigDecimal onCostPercent,
        @DecimalMax(value = Money.MAX, message = TOO_LARGE) @DecimalMin(value = "-" + Money.MAX, message = TOO_LARGE)
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal premisesChange,
        @DecimalMax(value = Money.MAX, message = TOO_LARGE) @DecimalMin(value = "-" + Money.MAX, message = TOO_LARGE)
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal foodAndActivitiesChange,
        @DecimalMax(value = Money.MAX, message = TOO_LARGE) @DecimalMin(value = "-" + Money.MAX, message = TOO_LARGE)
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal transportChange,
        @DecimalMax(value = Money.MAX, message = TOO_LARGE) @DecimalMin(value = "-" + Money.MAX, message = TOO_LARGE)
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal educationChange,
        @DecimalMax(value = Money.MAX, message = TOO_LARGE) @DecimalMin(value = "-" + Money.MAX, message = TOO_LARGE)
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal insuranceChange,
        @DecimalMax(value = Money.MAX, message = TOO_LARGE) @DecimalMin(value = "-" + Money.MAX, message = TOO_LARGE)
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS, message = "Give pounds and pence") BigDecimal overheadsChange) {

    private static final String TOO_LARGE = "That is more than Hearth can store: check the figure";

    public CostBreakdown breakdown() {
        return new CostBreakdown(staffHoursPerWeek, Money.ofNullable(hourlyRateBefore), Money.ofNullable(hourlyRateAfter),
                onCostPercent, Money.ofNullable(premisesChange), Money.ofNullable(foodAndActivitiesChange),
                Money.ofNullable(transportChange), Money.ofNullable(educationChange), Money.ofNullable(insuranceChange),
                Money.ofNullable(overheadsChange));
    }
}
