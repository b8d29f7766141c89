package uk.hearth.requests.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A provider's offer as typed: which home, the weekly fee broken down, when, and how the needs will be met. */
public record OfferDetails(
        @NotNull(message = "Choose the home you offer.") Long homeId,
        @NotNull(message = "Enter the core weekly fee.") @DecimalMin(value = "0.01", message = "The core weekly fee must be more than zero.")
        @Digits(integer = 8, fraction = 2, message = "Fees are in pounds and pence.") BigDecimal coreWeeklyFee,
        @DecimalMin(value = "0", message = "Additional staffing hours cannot be negative.") BigDecimal staffingHoursPerWeek,
        @DecimalMin(value = "0", message = "The staffing hourly rate cannot be negative.") BigDecimal staffingHourlyRate,
        @DecimalMin(value = "0", message = "The education fee cannot be negative.") BigDecimal educationWeeklyFee,
        @DecimalMin(value = "0", message = "The transport fee cannot be negative.") BigDecimal transportWeeklyFee,
        @DecimalMin(value = "0", message = "Other fees cannot be negative.") BigDecimal otherWeeklyFee,
        @NotNull(message = "Enter the date the child could move in.") LocalDate startDate,
        @NotBlank(message = "Say how you would meet the child's needs.") @Size(max = 4000, message = "Keep it to 4,000 characters.") String howNeedsMet) {
}
