package uk.hearth.competitions.domain;

import java.math.BigDecimal;
import uk.hearth.shared.BusinessException;

/** A bid's price is zero or less: it cannot be scored, and a lowest-price formula would divide by it. */
public class PriceNotPositiveException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PriceNotPositiveException(String bidder, BigDecimal price) {
        super("The bid from " + bidder + " has a price of " + price.toPlainString()
                + "; a price must be more than zero.");
    }
}
