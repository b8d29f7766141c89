package uk.hearth.competitions.domain;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of a bid's price breakdown, such as staffing or premises. */
public record PriceLine(
        @NotBlank(message = "Describe each line of the price breakdown.")
        @Size(max = 200, message = "A breakdown line must be 200 characters or fewer.") String item,
        @NotNull(message = "Enter the amount of each breakdown line.")
        @PositiveOrZero(message = "A breakdown line cannot be negative.")
        @Digits(integer = 12, fraction = 2, message = "Amounts are in pounds and pence.") BigDecimal amount) {
}
