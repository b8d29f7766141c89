package uk.hearth.competitions.domain;

import uk.hearth.shared.money.Money;

/**
 * One line of a bid's price breakdown, such as staffing or premises, and what it costs a week. A draft may hold a
 * line half typed (either part null); submission needs every line whole.
 */
public record PriceLine(String item, Money amount) {

    public boolean isComplete() {
        return item != null && !item.isBlank() && amount != null;
    }
}
