package uk.hearth.competitions.application;

import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.BidStatus;

/** A tendered bid after the opening: submitted, or found invalid at the deadline (then not evaluated). */
public record OpenedBid(Bid bid, BidContents contents) {

    public boolean isValid() {
        return bid.getStatus() == BidStatus.SUBMITTED;
    }
}
