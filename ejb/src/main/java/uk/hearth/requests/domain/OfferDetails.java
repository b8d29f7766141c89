package uk.hearth.requests.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.money.Money;

/** A provider's offer as typed: which home, the weekly fee broken down, when, and how the needs will be met. */
public record OfferDetails(
        @NotNull(message = "Choose the home you offer.") Long homeId,
        @NotNull(message = "Enter the core weekly fee.") @DecimalMin(value = "0.01", message = "The core weekly fee must be more than zero.")
        @DecimalMax(value = Money.MAX, message = FEE) @Digits(integer = Money.INTEGER_DIGITS, fraction = 2, message = FEE)
        BigDecimal coreWeeklyFee,
        @DecimalMin(value = "0", message = "Additional staffing hours cannot be negative.")
        @DecimalMax(value = Offer.MAX_HOURS, message = HOURS)
        @Digits(integer = Offer.HOURS_DIGITS, fraction = 2, message = HOURS) BigDecimal staffingHoursPerWeek,
        @DecimalMin(value = "0", message = "The staffing hourly rate cannot be negative.")
        @DecimalMax(value = Offer.MAX_HOURLY_RATE, message = HOURLY_RATE)
        @Digits(integer = Offer.HOURLY_RATE_DIGITS, fraction = 2, message = HOURLY_RATE) BigDecimal staffingHourlyRate,
        @DecimalMin(value = "0", message = "The education fee cannot be negative.")
        @DecimalMax(value = Money.MAX, message = FEE) @Digits(integer = Money.INTEGER_DIGITS, fraction = 2, message = FEE)
        BigDecimal educationWeeklyFee,
        @DecimalMin(value = "0", message = "The transport fee cannot be negative.")
        @DecimalMax(value = Money.MAX, message = FEE) @Digits(integer = Money.INTEGER_DIGITS, fraction = 2, message = FEE)
        BigDecimal transportWeeklyFee,
        @DecimalMin(value = "0", message = "Other fees cannot be negative.")
        @DecimalMax(value = Money.MAX, message = FEE) @Digits(integer = Money.INTEGER_DIGITS, fraction = 2, message = FEE)
        BigDecimal otherWeeklyFee,
        @NotNull(message = "Enter the date the child could move in.") LocalDate startDate,
        @NotBlank(message = "Say how you would meet the child's needs.") @Size(max = Lengths.TEXT, message = "Keep it to 4,000 characters.") String howNeedsMet) {

    static final String FEE = "Enter a fee in pounds and pence, at most £99,999,999.99.";
    static final String HOURS = "Enter the hours a week with at most two decimals, at most 9,999.99.";
    static final String HOURLY_RATE = "Enter the hourly rate in pounds and pence, at most £999,999.99.";
}
