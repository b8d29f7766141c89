package uk.hearth.requests.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;

/**
 * One offer in the commissioner's comparison: its cost over the expected duration and a weighted score out of 100
 * by the request's own price and quality weights. Price is scored by the lowest-price ratio, the rule
 * mini-competitions use by default; quality by the home's Ofsted judgement in points.
 */
public record OfferComparison(Offer offer, Money estimatedTotalCost, BigDecimal priceScore, BigDecimal qualityScore,
        BigDecimal score) {

    /** The live offers of the request, best score first. */
    static List<OfferComparison> of(PlacementRequest request, List<Offer> offers) {
        return offers.stream().map(Offer::getWeeklyFee).min(Comparator.naturalOrder())
                .map(lowest -> offers.stream().map(offer -> of(request, offer, lowest))
                        .sorted(Comparator.comparing(OfferComparison::score).reversed()).toList())
                .orElse(List.of());
    }

    private static OfferComparison of(PlacementRequest request, Offer offer, Money lowest) {
        BigDecimal price = PriceScoring.LOWEST_PRICE_RATIO.score(lowest, offer.getWeeklyFee(),
                request.getPriceWeight());
        BigDecimal quality = BigDecimal.valueOf((long) offer.getHome().getJudgement().qualityPoints() * request.getQualityWeight())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new OfferComparison(offer, offer.getWeeklyFee().times(request.getExpectedDurationWeeks()), price, quality,
                price.add(quality));
    }

    public Offer getOffer() {
        return offer;
    }

    public Money getEstimatedTotalCost() {
        return estimatedTotalCost;
    }

    public BigDecimal getPriceScore() {
        return priceScore;
    }

    public BigDecimal getQualityScore() {
        return qualityScore;
    }

    public BigDecimal getScore() {
        return score;
    }
}
