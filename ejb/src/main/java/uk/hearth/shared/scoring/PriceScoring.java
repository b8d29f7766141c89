package uk.hearth.shared.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.hearth.shared.money.Money;

/**
 * How a bid's price becomes its price score, out of the price weight, published with the competition so every bidder
 * knows it. Each formula is stated in plain English, as invitations and award letters must say how price will be and
 * was scored.
 */
public enum PriceScoring {

    /** The usual formula, and Hearth's default. */
    LOWEST_PRICE_RATIO("Lowest price divided by the bid price, times the price weight", "Price score = lowest price ÷ bid price × price weight. The lowest price gets the whole "
            + "price weight; a price twice the lowest gets half of it."),

    /** Punishes a price above the lowest harder: the score falls in step with the percentage above the lowest. */
    DISTANCE_FROM_LOWEST("Price weight reduced by the percentage the bid is above the lowest price", "Price score = price weight × (1 − (bid price − lowest price) ÷ lowest price), and never "
            + "less than 0. The lowest price gets the whole price weight; each 1% above the lowest loses 1% of it, "
            + "so a price twice the lowest or more scores 0.");

    public static final PriceScoring DEFAULT = LOWEST_PRICE_RATIO;

    private final String label;
    private final String description;

    PriceScoring(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The formula in a few words, for choosing it. */
    public String label() {
        return label;
    }

    /** The formula in words, for invitations, pages and letters. */
    public String description() {
        return description;
    }

    /**
     * The price score of {@code price}, out of {@code weight}, to two decimal places (half up). Each formula is
     * written with a single division so the score is rounded once.
     *
     * @param lowest the lowest price of the bids still in the competition, positive
     * @param price  this bid's price, positive and not below {@code lowest}
     */
    public BigDecimal score(Money lowest, Money price, int weight) {
        if (!lowest.isPositive() || price.isLessThan(lowest)) {
            throw new IllegalArgumentException("A price of " + price + " cannot be scored against a lowest price of "
                    + lowest);
        }
        BigDecimal low = lowest.amount();
        BigDecimal bid = price.amount();
        BigDecimal w = BigDecimal.valueOf(weight);
        return switch (this) {
            case LOWEST_PRICE_RATIO -> low.multiply(w).divide(bid, 2, RoundingMode.HALF_UP);
            // weight × (1 − (price − lowest) ÷ lowest) = weight × (2 × lowest − price) ÷ lowest
            case DISTANCE_FROM_LOWEST -> w.multiply(low.add(low).subtract(bid)).max(BigDecimal.ZERO)
                    .divide(low, 2, RoundingMode.HALF_UP);
        };
    }
}
