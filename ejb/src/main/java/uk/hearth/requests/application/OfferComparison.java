package uk.hearth.requests.application;

import java.math.BigDecimal;
import uk.hearth.requests.domain.Offer;

/**
 * One offer in the commissioner's comparison: its cost over the expected duration and a weighted score out of
 * 100 (price 40, quality 60): the cheapest offer gets the whole price share, others in proportion; quality comes
 * from the home's Ofsted judgement.
 */
public record OfferComparison(Offer offer, BigDecimal estimatedTotalCost, double priceScore, double qualityScore,
        double score) {

    public Offer getOffer() {
        return offer;
    }

    public BigDecimal getEstimatedTotalCost() {
        return estimatedTotalCost;
    }

    public double getPriceScore() {
        return priceScore;
    }

    public double getQualityScore() {
        return qualityScore;
    }

    public double getScore() {
        return score;
    }
}
