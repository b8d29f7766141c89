package uk.hearth.uplifts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.money.Money;

/**
 * The median and quartiles of comparable weekly fees, interpolated inclusively (as a spreadsheet's QUARTILE.INC),
 * and withheld below three placements.
 */
class MarketReferenceTest {

    @Test
    void fewerThanThreeFeesGiveNoReference() {
        assertEquals(Optional.empty(), MarketReference.of(List.of()));
        assertEquals(Optional.empty(), MarketReference.of(fees("1000")));
        assertEquals(Optional.empty(), MarketReference.of(fees("1000", "1200")));
    }

    @Test
    void fiveFeesFallOnTheirQuartiles() {
        assertEquals(Optional.of(reference(5, "1200.00", "1400.00", "1600.00")),
                MarketReference.of(fees("1000", "1200", "1400", "1600", "1800")));
    }

    @Test
    void fourFeesAreInterpolatedBetweenNeighbours() {
        // Positions 0.75, 1.5 and 2.25 of 0..3.
        assertEquals(Optional.of(reference(4, "1075.00", "1200.00", "1375.00")),
                MarketReference.of(fees("1000", "1100", "1300", "1600")));
    }

    @Test
    void threeFeesAreEnough() {
        assertEquals(Optional.of(reference(3, "950.00", "1000.00", "1250.00")),
                MarketReference.of(fees("900", "1000", "1500")));
    }

    @Test
    void sixFeesAreInterpolatedAtQuarterPositions() {
        // Positions 1.25, 2.5 and 3.75 of 0..5.
        assertEquals(Optional.of(reference(6, "225.00", "350.00", "475.00")),
                MarketReference.of(fees("100", "200", "300", "400", "500", "600")));
    }

    @Test
    void theOrderOfTheFeesDoesNotMatter() {
        Optional<MarketReference> sorted = MarketReference.of(fees("1000", "1100", "1300", "1600"));

        assertEquals(sorted, MarketReference.of(fees("1600", "1000", "1300", "1100")));
        assertEquals(sorted, MarketReference.of(fees("1300", "1600", "1100", "1000")));
    }

    @Test
    void equalFeesGiveThatFeeThroughout() {
        assertEquals(Optional.of(reference(3, "1250.00", "1250.00", "1250.00")),
                MarketReference.of(fees("1250", "1250", "1250")));
    }

    @Test
    void interpolatedFiguresAreRoundedToThePenny() {
        // Between £1,000.01 and £1,000.02 halfway is £1,000.015, half up.
        assertEquals(Optional.of(reference(3, "1000.02", "1000.02", "1000.03")),
                MarketReference.of(fees("1000.01", "1000.02", "1000.04")));
    }

    private static List<Money> fees(String... pounds) {
        return Stream.of(pounds).map(Money::of).toList();
    }

    private static MarketReference reference(int placements, String lower, String median, String upper) {
        return new MarketReference(placements, Money.of(lower), Money.of(median), Money.of(upper));
    }
}
