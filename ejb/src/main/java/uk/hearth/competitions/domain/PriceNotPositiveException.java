package uk.hearth.competitions.domain;

import uk.hearth.shared.BusinessException;
import uk.hearth.shared.money.Money;

/** A bid's price is zero or less: it cannot be scored, and a lowest-price formula would divide by it. */
public class PriceNotPositiveException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PriceNotPositiveException(String bidder, Money price) {
        super("The bid from " + bidder + " has a price of " + price.plain()
                + "; a price must be more than zero.");
    }
}
