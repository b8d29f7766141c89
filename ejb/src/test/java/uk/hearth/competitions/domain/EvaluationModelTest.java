package uk.hearth.competitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.scoring.PriceScoring;

class EvaluationModelTest {

    private static final PassFailCriterion INSURANCE = new PassFailCriterion(1, "Insured?");
    private static final QualityCriterion SAFETY = new QualityCriterion(10, "Safety", 30);
    private static final QualityCriterion EDUCATION = new QualityCriterion(11, "Education", 30);

    @Test
    void weightsMustAddUpToOneHundred() {
        EvaluationModelException refused = assertThrows(EvaluationModelException.class,
                () -> new EvaluationModel(List.of(), List.of(SAFETY, EDUCATION), 30, PriceScoring.DEFAULT));
        assertTrue(refused.getMessage().contains("add up to 90"), refused.getMessage());
        assertThrows(EvaluationModelException.class,
                () -> new EvaluationModel(List.of(), List.of(SAFETY, EDUCATION), 50, PriceScoring.DEFAULT));
        assertEquals(60, new EvaluationModel(List.of(), List.of(SAFETY, EDUCATION), 40, PriceScoring.DEFAULT)
                .qualityWeight());
    }

    @Test
    void everyQualityQuestionCarriesWeightAndPriceWeightStaysWithinRange() {
        QualityCriterion weightless = new QualityCriterion(12, "Weightless", 0);
        String unweighted = assertThrows(EvaluationModelException.class, () -> new EvaluationModel(List.of(),
                List.of(weightless, new QualityCriterion(13, "All", 100)), 0, PriceScoring.DEFAULT)).getMessage();
        assertTrue(unweighted.contains("‘Weightless’"), unweighted);
        assertThrows(EvaluationModelException.class,
                () -> new EvaluationModel(List.of(), List.of(), 101, PriceScoring.DEFAULT));
        assertThrows(EvaluationModelException.class, () -> new EvaluationModel(List.of(),
                List.of(new QualityCriterion(13, "All", 110)), -10, PriceScoring.DEFAULT));
    }

    @Test
    void aQuestionAppearsOnce() {
        PassFailCriterion clash = new PassFailCriterion(10, "Also question 10");
        assertThrows(EvaluationModelException.class, () -> new EvaluationModel(List.of(clash),
                List.of(SAFETY, new QualityCriterion(11, "Education", 70)), 0, PriceScoring.DEFAULT));
    }

    @Test
    void describesItselfForInvitationsAndOpenData() {
        assertEquals("Quality 60% (2 questions), price 40%; a bid must first pass 1 pass/fail question. "
                + PriceScoring.LOWEST_PRICE_RATIO.description(),
                new EvaluationModel(List.of(INSURANCE), List.of(SAFETY, EDUCATION), 40, PriceScoring.DEFAULT)
                        .describe());
        assertEquals("Price 100%. " + PriceScoring.DISTANCE_FROM_LOWEST.description(),
                new EvaluationModel(List.of(), List.of(), 100, PriceScoring.DISTANCE_FROM_LOWEST).describe());
        assertEquals("Quality 100% (1 question), price 0%.", new EvaluationModel(List.of(),
                List.of(new QualityCriterion(13, "All", 100)), 0, PriceScoring.DEFAULT).describe());
    }
}
