package uk.hearth.competitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.hearth.testing.ScoringSamples.NINE;
import static uk.hearth.testing.ScoringSamples.ranking;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hearth.competitions.domain.BidForScoring;
import uk.hearth.competitions.domain.EvaluationModel;
import uk.hearth.competitions.domain.QualityCriterion;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;

class ScoresCsvTest {

    @Test
    void oneRowPerBidAndQuestionRankedBidsFirst() {
        List<String> lines = List.of(ScoresCsv.of("MC-2026-0003", ranking()).split("\r\n", -1));

        assertEquals(List.of(
                "competition,rank,bidder,excluded,exclusion_reason,question_type,question,question_weight,"
                        + "moderated_score,question_score,quality_score,price,price_score,total",
                "MC-2026-0003,1,Beacon Homes,no,,quality,How will you keep children safe?,30,5,30.00,60.00,1200.00,"
                        + "33.33,93.33",
                "MC-2026-0003,1,Beacon Homes,no,,quality,How will you support education?,30,5,30.00,60.00,1200.00,"
                        + "33.33,93.33",
                "MC-2026-0003,2,Acorn Care,no,,quality,How will you keep children safe?,30,4,24.00,42.00,1000.00,"
                        + "40.00,82.00",
                "MC-2026-0003,2,Acorn Care,no,,quality,How will you support education?,30,3,18.00,42.00,1000.00,"
                        + "40.00,82.00",
                "MC-2026-0003,3,Cedar Lodge,no,,quality,How will you keep children safe?,30,5,30.00,36.00,1500.00,"
                        + "26.67,62.67",
                "MC-2026-0003,3,Cedar Lodge,no,,quality,How will you support education?,30,1,6.00,36.00,1500.00,"
                        + "26.67,62.67",
                "MC-2026-0003,,Dale House,yes,It failed the pass/fail question ‘Is every home registered with "
                        + "Ofsted?’.,pass/fail,Is every home registered with Ofsted?,,,fail,,500.00,,",
                ""), lines, "Each line, the last ended by CRLF too");
    }

    @Test
    void aPriceOnlyCompetitionHasOneRowPerBid() {
        EvaluationModel priceOnly = new EvaluationModel(List.of(), List.of(), 100, PriceScoring.DEFAULT);
        String csv = ScoresCsv.of("MC-2026-0004", Scoring.rank(priceOnly, List.of(
                new BidForScoring(1, "Acorn Care", Money.of("1000.00"), Map.of(), Map.of(), NINE))));
        assertEquals(ScoresCsv.HEADER.size(), csv.split("\r\n")[1].split(",", -1).length);
        assertEquals("MC-2026-0004,1,Acorn Care,no,,,,,,,0.00,1000.00,100.00,100.00", csv.split("\r\n")[1]);
    }

    @Test
    void aBiddersNameCannotSmuggleAFormulaIntoTheExport() {
        QualityCriterion care = new QualityCriterion(20, "Describe your model of care.", 60);
        EvaluationModel model = new EvaluationModel(List.of(), List.of(care), 40, PriceScoring.DEFAULT);
        String csv = ScoresCsv.of("MC-2026-0005", Scoring.rank(model, List.of(new BidForScoring(1,
                "=cmd|' /C calc'!A0", Money.of("1000"), Map.of(), Map.of(20L, 3), NINE))));
        assertEquals("MC-2026-0005,1,'=cmd|' /C calc'!A0,no,,quality,Describe your model of care.,60,3,36.00,36.00,"
                + "1000.00,40.00,76.00", csv.split("\r\n")[1]);
    }
}
