package uk.hearth.competitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.hearth.testing.ScoringSamples.ACORN;
import static uk.hearth.testing.ScoringSamples.BEACON;
import static uk.hearth.testing.ScoringSamples.MODEL;
import static uk.hearth.testing.ScoringSamples.bid;
import static uk.hearth.testing.ScoringSamples.competition;
import static uk.hearth.testing.ScoringSamples.ranking;
import static uk.hearth.testing.ScoringSamples.standstill;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.shared.BusinessException;

class AwardLetterTest {

    @Test
    void everyBidderGetsALetterWithWhatItsOutcomeNeeds() {
        Ranking ranking = ranking();
        List<AwardLetter> letters = AwardLetter.forEveryBidder(competition(), ranking, standstill());

        assertEquals(List.of("Beacon Homes", "Acorn Care", "Cedar Lodge", "Dale House"),
                letters.stream().map(AwardLetter::bidder).toList());
        assertEquals(List.of(AwardOutcome.SUCCESSFUL, AwardOutcome.UNSUCCESSFUL, AwardOutcome.UNSUCCESSFUL,
                AwardOutcome.EXCLUDED), letters.stream().map(AwardLetter::outcome).toList());
        letters.forEach(letter -> assertEquals(BEACON, letter.winner().bidId()));
        letters.forEach(letter -> assertEquals(3, letter.rankedBids()));

        AwardLetter winner = letters.get(0);
        assertNull(winner.advantages());
        assertEquals(BEACON, winner.own().bidId());
        AwardLetter acorn = letters.get(1);
        assertEquals(ranking.advantagesOfWinnerOver(ACORN), acorn.advantages());
        AwardLetter dale = letters.get(3);
        assertNull(dale.own());
        assertEquals("It failed the pass/fail question ‘Is every home registered with Ofsted?’.",
                dale.exclusion().reason());
    }

    @Test
    void noLettersWithoutASingleWinner() {
        Ranking tied = Scoring.rank(MODEL, List.of(bid(1, "Twin A", "1000", 4, 4, 0), bid(2, "Twin B", "1000", 4, 4, 0)));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> AwardLetter.forEveryBidder(competition(), tied, standstill()));
        assertEquals("No single bid ranks first in MC-2026-0003, so there is no award to announce.",
                refused.getMessage());
    }

    @Test
    void aLetterCarriesOnlyWhatFitsItsOutcome() {
        Ranking ranking = ranking();
        var winner = ranking.winner().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new AwardLetter(competition(), "Beacon Homes",
                AwardOutcome.EXCLUDED, winner, null, winner, null, 3, MODEL, standstill()));
        assertThrows(IllegalArgumentException.class, () -> new AwardLetter(competition(), "Acorn Care",
                AwardOutcome.UNSUCCESSFUL, ranking.rankedBid(ACORN).orElseThrow(), null, winner, null, 3, MODEL,
                standstill()));
    }
}
