package uk.hearth.competitions.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import uk.hearth.shared.scoring.PriceScoring;

/**
 * How a mini-competition's bids are evaluated: pass/fail questions that exclude a bid, weighted quality questions and
 * a weighted price. The weights are whole points that add up to 100, so a total score is out of 100.
 *
 * @param passFail     the pass/fail questions, in the order bidders read them
 * @param quality      the quality questions, in the order bidders read them
 * @param priceWeight  the points out of 100 that the lowest price earns
 * @param priceScoring the formula that turns a price into a price score
 */
public record EvaluationModel(List<PassFailCriterion> passFail, List<QualityCriterion> quality, int priceWeight,
        PriceScoring priceScoring) {

    public static final int TOTAL_WEIGHT = 100;

    /** @throws EvaluationModelException if a weight is out of range, the weights miss 100 or a question repeats */
    public EvaluationModel {
        passFail = List.copyOf(passFail);
        quality = List.copyOf(quality);
        Objects.requireNonNull(priceScoring, "priceScoring");
        if (priceWeight < 0 || priceWeight > TOTAL_WEIGHT) {
            throw new EvaluationModelException("The price weight must be between 0 and " + TOTAL_WEIGHT + ", not "
                    + priceWeight + ".");
        }
        int total = priceWeight;
        for (QualityCriterion question : quality) {
            if (question.weight() < 1) {
                throw new EvaluationModelException("The quality question ‘" + question.text()
                        + "’ must carry a weight of at least 1, not " + question.weight() + ".");
            }
            total += question.weight();
        }
        if (total != TOTAL_WEIGHT) {
            throw new EvaluationModelException("The quality weights and the price weight must add up to "
                    + TOTAL_WEIGHT + ", but add up to " + total + ".");
        }
        Set<Long> ids = new HashSet<>();
        Stream.concat(passFail.stream().map(PassFailCriterion::questionId),
                quality.stream().map(QualityCriterion::questionId)).forEach(id -> {
                    if (!ids.add(id)) {
                        throw new EvaluationModelException("Question " + id + " appears twice in the evaluation model.");
                    }
                });
    }

    /** The points out of 100 that quality carries. */
    public int qualityWeight() {
        return TOTAL_WEIGHT - priceWeight;
    }

    /**
     * The model in words, such as "Quality 60% (3 questions), price 40%; a bid must first pass 1 pass/fail question.
     * Price score = …".
     */
    public String describe() {
        String words = quality.isEmpty() ? "Price 100%"
                : "Quality " + qualityWeight() + "% (" + count(quality.size(), "question") + "), price " + priceWeight
                        + "%";
        if (!passFail.isEmpty()) {
            words += "; a bid must first pass " + count(passFail.size(), "pass/fail question");
        }
        return priceWeight == 0 ? words + "." : words + ". " + priceScoring.description();
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
