package uk.hearth.competitions.domain;

import java.util.Objects;
import uk.hearth.shared.money.Money;

/** One line of a bid's price breakdown, such as staffing or premises, and what it costs a week. */
public record PriceLine(String item, Money amount) {

    public PriceLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
    }
}
