package uk.hearth.competitions.domain;

/** How a bid's price turns into price points, published with the competition so every bidder knows it. */
public enum PriceFormula {
    /** Lowest price ÷ bid price × price weight. */
    LOWEST_PRICE_RATIO("Lowest price divided by the bid price, times the price weight"),
    /** The price weight, less the same share of it as the bid is above the lowest price (never below zero). */
    PERCENT_ABOVE_LOWEST("Price weight reduced by the percentage the bid is above the lowest price");

    private final String label;

    PriceFormula(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
