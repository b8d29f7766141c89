package uk.hearth.uplifts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.money.Money;

/**
 * What comparable placements cost now: the median and interquartile range of the weekly fees in force of Hearth's
 * own placements of the same lot and kind of provision. Withheld below {@link #MINIMUM} placements, where a figure
 * could point at one provider.
 */
public record MarketReference(int placements, Money lowerQuartile, Money median, Money upperQuartile) {

    public static final int MINIMUM = 3;

    public static Optional<MarketReference> of(List<Money> weeklyFees) {
        if (weeklyFees.size() < MINIMUM) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = weeklyFees.stream().map(Money::amount).sorted().toList();
        return Optional.of(new MarketReference(sorted.size(), quantile(sorted, 1), quantile(sorted, 2), quantile(sorted, 3)));
    }

    /** The {@code quarter}th quartile, interpolated between neighbours (the method spreadsheets call inclusive). */
    private static Money quantile(List<BigDecimal> sorted, int quarter) {
        BigDecimal position = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(quarter))
                .divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        BigDecimal high = sorted.get(Math.min(below + 1, sorted.size() - 1));
        return Money.of(low.add(high.subtract(low).multiply(fraction)));
    }
}
