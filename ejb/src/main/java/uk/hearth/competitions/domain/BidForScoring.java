package uk.hearth.competitions.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import uk.hearth.shared.money.Money;

/**
 * What scoring needs to know of one opened bid, once its evaluation is complete.
 *
 * @param bidId                  the bid's identity
 * @param bidder                 the bidding provider's name, as pages and letters show it
 * @param price                  the bid's price, more than zero
 * @param passFail               whether the bid passed each pass/fail question, by question id
 * @param moderatedQualityScores the moderated score, 0 to 5, of each quality question, by question id; a bid that
 *                               failed a pass/fail question need not have any
 * @param submittedAt            when the bid was submitted, which breaks the last tie
 */
public record BidForScoring(long bidId, String bidder, Money price, Map<Long, Boolean> passFail,
        Map<Long, Integer> moderatedQualityScores, Instant submittedAt) {

    public static final int MAX_SCORE = 5;

    /**
     * @throws PriceNotPositiveException if the price is zero or less
     * @throws IllegalArgumentException  if a moderated score is outside 0 to 5
     */
    public BidForScoring {
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(submittedAt, "submittedAt");
        passFail = Map.copyOf(passFail);
        moderatedQualityScores = Map.copyOf(moderatedQualityScores);
        if (!price.isPositive()) {
            throw new PriceNotPositiveException(bidder, price);
        }
        moderatedQualityScores.forEach((question, score) -> {
            if (score < 0 || score > MAX_SCORE) {
                throw new IllegalArgumentException("A moderated score is 0 to " + MAX_SCORE + ", not " + score
                        + " (question " + question + " of bid " + bidId + ")");
            }
        });
    }
}
