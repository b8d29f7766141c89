package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.money.Money;

class BidContentsTest {

    @Test
    void aDraftAsTypedBecomesAnswersAndMoney() {
        BidContents contents = BidContents.empty().with(new BidDraft(Map.of(1L, " Siblings stay together. ", 2L, " "),
                new BigDecimal("1200"), List.of(new BidDraft.Line("Staffing", new BigDecimal("900")),
                        new BidDraft.Line("Premises", new BigDecimal("300.5")))));
        assertEquals(Map.of(1L, "Siblings stay together."), contents.answers(), "blank answers are left out");
        assertEquals(Money.of("1200.00"), contents.price());
        assertEquals(List.of(new PriceLine("Staffing", Money.pounds(900)), new PriceLine("Premises", Money.of("300.50"))),
                contents.breakdown());
    }

    @Test
    void aDraftWithoutAPriceHasNone() {
        assertNull(BidContents.empty().with(new BidDraft(Map.of(), null, List.of())).price());
    }
}
