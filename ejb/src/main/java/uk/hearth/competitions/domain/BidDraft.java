package uk.hearth.competitions.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.hearth.shared.money.Money;

/**
 * What a provider types into its bid: an answer per question (by question id), the price and its breakdown. A
 * draft saves whatever is there, unanswered questions and half-typed lines included; submission checks it against
 * the competition. Amounts are kept only sealed, never in a
 * money column, so they are held to pounds and pence but not to a column's size.
 */
public record BidDraft(
        @NotNull Map<@NotNull Long, @Size(max = BidContents.ANSWER_LENGTH, message = "An answer must be 40,000 characters or fewer.") String> answers,
        @PositiveOrZero(message = "The price cannot be negative.")
        @Digits(integer = 12, fraction = Money.FRACTION_DIGITS, message = "The price is in pounds and pence.") BigDecimal price,
        @NotNull List<@NotNull @Valid Line> breakdown) {

    /** One line of the price breakdown as typed. */
    public record Line(
            @Size(max = ITEM_LENGTH, message = "A breakdown line must be 200 characters or fewer.") String item,
            @PositiveOrZero(message = "A breakdown line cannot be negative.")
            @Digits(integer = 12, fraction = Money.FRACTION_DIGITS, message = "Amounts are in pounds and pence.") BigDecimal amount) {

        public static final int ITEM_LENGTH = 200;

        PriceLine priced() {
            return new PriceLine(item == null || item.isBlank() ? null : item.strip(), Money.ofNullable(amount));
        }
    }
}
