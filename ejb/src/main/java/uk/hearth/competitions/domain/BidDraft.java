package uk.hearth.competitions.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a provider types into its bid: an answer per question (by question id), the price and its breakdown. A
 * draft may be incomplete; submission checks it against the competition.
 */
public record BidDraft(
        @NotNull Map<@NotNull Long, @NotNull @Size(max = BidContents.ANSWER_LENGTH, message = "An answer must be 40,000 characters or fewer.") String> answers,
        @PositiveOrZero(message = "The price cannot be negative.")
        @Digits(integer = 12, fraction = 2, message = "The price is in pounds and pence.") BigDecimal price,
        @NotNull List<@NotNull @Valid PriceLine> breakdown) {
}
