package uk.hearth.requests.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.shared.money.Money;

/** A placement the council made outside the framework after a failed search, and why. */
public record OffFrameworkDetails(
        @NotBlank(message = "Enter the provider's name.") @Size(max = 200, message = "Keep the provider's name to 200 characters.") String providerName,
        @Size(max = 20, message = "An Ofsted URN is at most 20 characters.") String ofstedUrn,
        @NotBlank(message = "Enter the postcode district of the home, such as NG7.") String homeDistrict,
        @NotNull(message = "Enter the weekly fee.") @Positive(message = "The weekly fee must be more than zero.")
        @DecimalMax(value = Money.MAX, message = "Enter a weekly fee in pounds and pence, at most £99,999,999.99.")
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS,
                message = "Enter a weekly fee in pounds and pence, at most £99,999,999.99.") BigDecimal weeklyFee,
        @NotNull(message = "Enter the start date.") LocalDate startDate,
        @NotBlank(message = "Explain why the child was placed off the framework.")
        @Size(min = 20, max = 4000, message = "Explain in 20 to 4,000 characters why the child was placed off the framework.") String justification) {
}
