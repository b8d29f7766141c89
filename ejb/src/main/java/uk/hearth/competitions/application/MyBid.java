package uk.hearth.competitions.application;

import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;

/** A provider's own bid, unsealed for it alone. */
public record MyBid(Bid bid, BidContents contents) {
}
