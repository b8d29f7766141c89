package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.money.Money;

/** A draft bid keeps whatever the provider has typed so far; only submission asks for it whole. */
class DraftBidTest {

    @Test
    void oneAnswerAndAHalfTypedLineAreKeptAsTheDraft() {
        Map<Long, String> answers = new HashMap<>();
        answers.put(1L, "We keep siblings together.");
        answers.put(2L, null);
        answers.put(3L, null);
        BidDraft draft = new BidDraft(answers, null, List.of(new BidDraft.Line("Staffing", null),
                new BidDraft.Line(null, new BigDecimal("300"))));

        BidContents contents = BidContents.empty().with(draft);
        assertEquals(Map.of(1L, "We keep siblings together."), contents.answers());
        assertEquals(List.of(new PriceLine("Staffing", null), new PriceLine(null, Money.pounds(300))), contents.breakdown());
    }

    @Test
    void aLineIsCompleteWithWhatItIsForAndAnAmount() {
        assertTrue(new PriceLine("Staffing", Money.pounds(900)).isComplete());
        assertFalse(new PriceLine("Staffing", null).isComplete());
        assertFalse(new PriceLine(" ", Money.pounds(900)).isComplete());
        assertFalse(new PriceLine(null, Money.pounds(900)).isComplete());
    }
}
