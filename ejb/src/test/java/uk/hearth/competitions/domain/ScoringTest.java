package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.ScoringSamples.EDUCATION;
import static uk.hearth.testing.ScoringSamples.INSURANCE;
import static uk.hearth.testing.ScoringSamples.MODEL;
import static uk.hearth.testing.ScoringSamples.NINE;
import static uk.hearth.testing.ScoringSamples.REGISTERED;
import static uk.hearth.testing.ScoringSamples.SAFETY;
import static uk.hearth.testing.ScoringSamples.bid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;

class ScoringTest {

    /** One quality question, question 20, of weight 50, and price at 50 by the lowest-price ratio. */
    private static final EvaluationModel CARE_AND_PRICE = new EvaluationModel(List.of(),
            List.of(new QualityCriterion(20, "Describe your model of care.", 50)), 50, PriceScoring.LOWEST_PRICE_RATIO);

    @Test
    void scoresQualityAsAShareOfEachWeightAndPriceAgainstTheLowest() {
        Ranking ranking = Scoring.rank(MODEL, List.of(
                bid(101, "Acorn Care", "1000.00", 4, 3, 0),
                bid(102, "Beacon Homes", "1200.00", 5, 5, 1),
                bid(103, "Cedar Lodge", "1500.00", 2, 1, 2)));

        RankedBid beacon = ranking.ranked().get(0);
        // 5/5 × 30 + 5/5 × 30 = 60; 1000 ÷ 1200 × 40 = 33.333… → 33.33
        assertBid(beacon, "Beacon Homes", 1, "60.00", "33.33", "93.33");
        assertEquals(new BigDecimal("30.00"), beacon.scoreFor(SAFETY).score());
        // 4/5 × 30 + 3/5 × 30 = 24 + 18; the lowest price takes the whole price weight
        RankedBid acorn = ranking.ranked().get(1);
        assertBid(acorn, "Acorn Care", 2, "42.00", "40.00", "82.00");
        assertEquals(new BigDecimal("24.00"), acorn.scoreFor(SAFETY).score());
        assertEquals(4, acorn.scoreFor(SAFETY).moderatedScore());
        assertEquals(new BigDecimal("18.00"), acorn.scoreFor(EDUCATION).score());
        // 2/5 × 30 + 1/5 × 30 = 12 + 6; 1000 ÷ 1500 × 40 = 26.666… → 26.67
        assertBid(ranking.ranked().get(2), "Cedar Lodge", 3, "18.00", "26.67", "44.67");

        assertEquals(102, ranking.winner().orElseThrow().bidId());
        assertEquals(Money.of("1000.00"), ranking.lowestPrice().orElseThrow());
        assertTrue(ranking.excluded().isEmpty());
    }

    @Test
    void theAlternativeFormulaTakesOnePercentOfThePriceWeightForEachPercentAboveTheLowest() {
        EvaluationModel distance = new EvaluationModel(MODEL.passFail(), MODEL.quality(), 40,
                PriceScoring.DISTANCE_FROM_LOWEST);
        Ranking ranking = Scoring.rank(distance, List.of(
                bid(101, "Acorn Care", "1000.00", 4, 3, 0),
                bid(102, "Beacon Homes", "1200.00", 5, 5, 1),
                bid(103, "Cedar Lodge", "2500.00", 5, 5, 2)));

        // 20% above the lowest loses 20% of 40; 150% above loses everything, and no score goes below 0.
        assertBid(ranking.ranked().get(0), "Beacon Homes", 1, "60.00", "32.00", "92.00");
        assertBid(ranking.ranked().get(1), "Acorn Care", 2, "42.00", "40.00", "82.00");
        assertBid(ranking.ranked().get(2), "Cedar Lodge", 3, "60.00", "0.00", "60.00");
    }

    @Test
    void priceFormulasRoundHalfUpToThePenny() {
        Money lowest = Money.of("100.00");
        // 100 ÷ 800 × 1 = 0.125 exactly: half up gives 0.13, where half even would give 0.12.
        assertEquals(new BigDecimal("0.13"), PriceScoring.LOWEST_PRICE_RATIO.score(lowest, Money.pounds(800), 1));
        // 1 × (200 − 199.5) ÷ 100 = 0.005 exactly
        assertEquals(new BigDecimal("0.01"),
                PriceScoring.DISTANCE_FROM_LOWEST.score(lowest, Money.of("199.50"), 1));
        assertEquals(new BigDecimal("40.00"), PriceScoring.LOWEST_PRICE_RATIO.score(lowest, lowest, 40));
        assertEquals(new BigDecimal("40.00"), PriceScoring.DISTANCE_FROM_LOWEST.score(lowest, lowest, 40));
    }

    @Test
    void aPriceBelowTheLowestCannotBeScored() {
        assertThrows(IllegalArgumentException.class,
                () -> PriceScoring.LOWEST_PRICE_RATIO.score(Money.pounds(100), Money.pounds(99), 40));
        assertThrows(IllegalArgumentException.class,
                () -> PriceScoring.DISTANCE_FROM_LOWEST.score(Money.ZERO, Money.ZERO, 40));
    }

    @Test
    void everyFormulaIsDescribedInPlainEnglish() {
        assertTrue(PriceScoring.LOWEST_PRICE_RATIO.description()
                .startsWith("Price score = lowest price ÷ bid price × price weight."));
        assertTrue(PriceScoring.DISTANCE_FROM_LOWEST.description().contains("each 1% above the lowest loses 1%"));
        assertEquals(PriceScoring.LOWEST_PRICE_RATIO, PriceScoring.DEFAULT);
    }

    @Test
    void aFailedPassFailQuestionExcludesTheBidWithTheQuestionAsItsReason() {
        BidForScoring cheapButUnregistered = new BidForScoring(104, "Dale House", Money.of("500.00"),
                Map.of(1L, true, 2L, false), Map.of(), NINE.plusSeconds(30));
        Ranking ranking = Scoring.rank(MODEL, List.of(
                bid(101, "Acorn Care", "1000.00", 4, 3, 0),
                cheapButUnregistered,
                bid(102, "Beacon Homes", "1200.00", 5, 5, 1)));

        ExcludedBid excluded = ranking.excludedBid(104).orElseThrow();
        assertEquals("It failed the pass/fail question ‘Is every home registered with Ofsted?’.", excluded.reason());
        assertTrue(ranking.rankedBid(104).isEmpty());
        // The excluded bid's £500 is not the lowest price: Acorn's £1,000 still takes the whole price weight.
        assertEquals(Money.of("1000.00"), ranking.lowestPrice().orElseThrow());
        assertBid(ranking.rankedBid(101).orElseThrow(), "Acorn Care", 2, "42.00", "40.00", "82.00");
        assertEquals(2, ranking.ranked().size());
    }

    @Test
    void anExclusionNamesEveryQuestionFailed() {
        BidForScoring failedBoth = new BidForScoring(104, "Dale House", Money.of("900"),
                Map.of(1L, false, 2L, false), Map.of(10L, 5, 11L, 5), NINE);
        ExcludedBid excluded = Scoring.rank(MODEL, List.of(failedBoth)).excluded().get(0);
        assertEquals(List.of(INSURANCE, REGISTERED), excluded.failed());
        assertEquals("It failed the pass/fail questions ‘Do you hold public liability insurance of at least £5 "
                + "million?’ and ‘Is every home registered with Ofsted?’.", excluded.reason());
    }

    @Test
    void equalTotalsAreBrokenByTheHigherQualityScore() {
        // Cheap: 3/5 × 50 = 30 + 50 = 80. Better: 4/5 × 50 = 40 + 1000 ÷ 1250 × 50 = 40, also 80.
        BidForScoring cheap = new BidForScoring(1, "Cheap", Money.of("1000"), Map.of(), Map.of(20L, 3), NINE);
        BidForScoring better = new BidForScoring(2, "Better", Money.of("1250"), Map.of(), Map.of(20L, 4),
                NINE.plusSeconds(60));

        Ranking ranking = Scoring.rank(CARE_AND_PRICE, List.of(cheap, better));

        assertBid(ranking.ranked().get(0), "Better", 1, "40.00", "40.00", "80.00");
        assertBid(ranking.ranked().get(1), "Cheap", 2, "30.00", "50.00", "80.00");
    }

    @Test
    void totalsEqualAsShownWithEqualQualityAreBrokenByTheLowerPrice() {
        // 1000 ÷ 1000.01 × 50 = 49.9995… shows as 50.00, so both total 90.00; the penny cheaper bid ranks first
        // even though it came in later.
        BidForScoring dearer = new BidForScoring(1, "Dearer", Money.of("1000.01"), Map.of(), Map.of(20L, 4), NINE);
        BidForScoring cheaper = new BidForScoring(2, "Cheaper", Money.of("1000.00"), Map.of(), Map.of(20L, 4),
                NINE.plusSeconds(60));

        Ranking ranking = Scoring.rank(CARE_AND_PRICE, List.of(dearer, cheaper));

        assertBid(ranking.ranked().get(0), "Cheaper", 1, "40.00", "50.00", "90.00");
        assertBid(ranking.ranked().get(1), "Dearer", 2, "40.00", "50.00", "90.00");
    }

    @Test
    void equalTotalsQualityAndPriceAreBrokenByTheEarlierSubmission() {
        Ranking ranking = Scoring.rank(MODEL, List.of(
                bid(201, "Later", "1000.00", 4, 4, 5),
                bid(202, "Earlier", "1000.00", 4, 4, 1)));

        assertEquals(List.of("Earlier", "Later"), ranking.ranked().stream().map(RankedBid::bidder).toList());
        assertEquals(List.of(1, 2), ranking.ranked().stream().map(RankedBid::rank).toList());
        assertEquals(202, ranking.winner().orElseThrow().bidId());
    }

    @Test
    void bidsShareARankOnlyWhenEverythingIsEqualAndThenNoBidWinsByArithmetic() {
        Ranking ranking = Scoring.rank(MODEL, List.of(
                bid(301, "Twin A", "1000.00", 4, 4, 0),
                bid(302, "Twin B", "1000.0", 4, 4, 0),
                bid(303, "Third", "1100.00", 4, 4, 0)));

        assertEquals(List.of(1, 1, 3), ranking.ranked().stream().map(RankedBid::rank).toList());
        assertEquals("Third", ranking.ranked().get(2).bidder());
        assertTrue(ranking.winner().isEmpty());
        assertThrows(IllegalStateException.class, () -> ranking.advantagesOfWinnerOver(303));
    }

    @Test
    void theTieRuleIsStatedInWords() {
        assertTrue(Scoring.TIE_RULE.contains("the bid with the higher quality score ranks higher"));
        assertTrue(Scoring.TIE_RULE.contains("the bid with the lower price"));
        assertTrue(Scoring.TIE_RULE.contains("the bid submitted first"));
        assertTrue(Scoring.TIE_RULE.contains("share a rank only if their totals, quality scores, prices and "
                + "submission times are all equal"));
    }

    @Test
    void zeroAndNegativePricesAreRefused() {
        PriceNotPositiveException zero = assertThrows(PriceNotPositiveException.class,
                () -> bid(1, "Free Care Ltd", "0.00", 3, 3, 0));
        assertTrue(zero.getMessage().contains("Free Care Ltd"), zero.getMessage());
        assertInstanceOf(BusinessException.class, zero);
        assertThrows(PriceNotPositiveException.class, () -> bid(2, "Refund Homes", "-1", 3, 3, 0));
    }

    @Test
    void moderatedScoresRunFromZeroToFive() {
        assertThrows(IllegalArgumentException.class, () -> bid(1, "Acorn Care", "1000", 6, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> bid(1, "Acorn Care", "1000", -1, 3, 0));
        assertBid(Scoring.rank(MODEL, List.of(bid(1, "Acorn Care", "1000", 0, 5, 0))).ranked().get(0), "Acorn Care",
                1, "30.00", "40.00", "70.00");
    }

    @Test
    void aMissingModeratedScoreStopsTheRankingAndNamesTheQuestion() {
        BidForScoring unmoderated = new BidForScoring(1, "Acorn Care", Money.of("1000"),
                Map.of(1L, true, 2L, true), Map.of(10L, 4), NINE);
        EvaluationIncompleteException refused =
                assertThrows(EvaluationIncompleteException.class, () -> Scoring.rank(MODEL, List.of(unmoderated)));
        assertTrue(refused.getMessage().contains("‘How will you support education?’"), refused.getMessage());
    }

    @Test
    void aMissingPassFailResultStopsTheRanking() {
        BidForScoring unchecked = new BidForScoring(1, "Acorn Care", Money.of("1000"), Map.of(1L, true),
                Map.of(10L, 4, 11L, 4), NINE);
        EvaluationIncompleteException refused =
                assertThrows(EvaluationIncompleteException.class, () -> Scoring.rank(MODEL, List.of(unchecked)));
        assertTrue(refused.getMessage().endsWith("pass/fail result for ‘Is every home registered with Ofsted?’."));
    }

    @Test
    void scoresForQuestionsOutsideTheModelOrRepeatedBidsAreRefused() {
        BidForScoring stray = new BidForScoring(1, "Acorn Care", Money.of("1000"), Map.of(1L, true, 2L, true),
                Map.of(10L, 4, 11L, 4, 99L, 5), NINE);
        assertThrows(IllegalArgumentException.class, () -> Scoring.rank(MODEL, List.of(stray)));
        BidForScoring once = bid(1, "Acorn Care", "1000", 4, 4, 0);
        assertThrows(IllegalArgumentException.class, () -> Scoring.rank(MODEL, List.of(once, once)));
    }

    @Test
    void noBidsOrOnlyExcludedBidsLeaveNoWinner() {
        assertTrue(Scoring.rank(MODEL, List.of()).winner().isEmpty());
        BidForScoring uninsured = new BidForScoring(1, "Acorn Care", Money.of("1000"),
                Map.of(1L, false, 2L, true), Map.of(), NINE);
        Ranking ranking = Scoring.rank(MODEL, List.of(uninsured));
        assertTrue(ranking.winner().isEmpty());
        assertTrue(ranking.lowestPrice().isEmpty());
    }

    @Test
    void aQualityOnlyModelScoresNoPrice() {
        QualityCriterion care = new QualityCriterion(20, "Describe your model of care.", 100);
        EvaluationModel model = new EvaluationModel(List.of(), List.of(care), 0, PriceScoring.LOWEST_PRICE_RATIO);
        Ranking ranking = Scoring.rank(model, List.of(
                new BidForScoring(1, "Dear", Money.of("9000"), Map.of(), Map.of(20L, 5), NINE),
                new BidForScoring(2, "Cheap", Money.of("1000"), Map.of(), Map.of(20L, 4), NINE)));
        assertBid(ranking.ranked().get(0), "Dear", 1, "100.00", "0.00", "100.00");
        assertBid(ranking.ranked().get(1), "Cheap", 2, "80.00", "0.00", "80.00");
    }

    @Test
    void theWinnersAdvantagesAreTheQuestionsItScoredHigherOnAndThePrices() {
        Ranking ranking = Scoring.rank(MODEL, List.of(
                bid(101, "Acorn Care", "1000.00", 4, 3, 0),
                bid(102, "Beacon Homes", "1200.00", 5, 4, 1),
                bid(103, "Cedar Lodge", "1500.00", 5, 1, 2)));

        WinnerAdvantages overAcorn = ranking.advantagesOfWinnerOver(101);
        assertEquals("Beacon Homes", overAcorn.winner().bidder());
        assertEquals(List.of(
                new WinnerAdvantages.QuestionAdvantage(SAFETY, new BigDecimal("30.00"), new BigDecimal("24.00")),
                new WinnerAdvantages.QuestionAdvantage(EDUCATION, new BigDecimal("24.00"), new BigDecimal("18.00"))),
                overAcorn.questions());
        assertTrue(overAcorn.winnerPriceComparedWithTheirs() > 0, "Beacon's £1,200 is dearer than Acorn's £1,000");

        // Cedar matched the winner on safety, so only education is an advantage; and the winner was cheaper.
        WinnerAdvantages overCedar = ranking.advantagesOfWinnerOver(103);
        assertEquals(List.of(EDUCATION), overCedar.questions().stream().map(a -> a.question()).toList());
        assertTrue(overCedar.winnerPriceComparedWithTheirs() < 0);

        assertThrows(IllegalArgumentException.class, () -> ranking.advantagesOfWinnerOver(102));
        assertThrows(IllegalArgumentException.class, () -> ranking.advantagesOfWinnerOver(999));
    }

    private static void assertBid(RankedBid bid, String bidder, int rank, String quality, String price, String total) {
        assertEquals(bidder, bid.bidder());
        assertEquals(rank, bid.rank(), bidder + "'s rank");
        assertEquals(new BigDecimal(quality), bid.qualityScore(), bidder + "'s quality score");
        assertEquals(new BigDecimal(price), bid.priceScore(), bidder + "'s price score");
        assertEquals(new BigDecimal(total), bid.total(), bidder + "'s total");
    }
}
