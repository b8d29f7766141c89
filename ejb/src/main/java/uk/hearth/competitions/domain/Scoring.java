package uk.hearth.competitions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.hearth.shared.money.Money;

/**
 * Scores and ranks a mini-competition's bids by its evaluation model. A bid that fails a pass/fail question is
 * excluded; every other bid earns, per quality question, its moderated score ÷ 5 × the question's weight, and a price
 * score by the model's formula against the lowest price among the bids not excluded.
 */
public final class Scoring {

    /** The tie-break rule, in the words pages and award letters state it. */
    public static final String TIE_RULE = "Bids are ranked by total score, highest first, comparing totals to two "
            + "decimal places as shown. Where totals are equal, the bid with the higher quality score ranks higher; "
            + "if those are equal too, the bid with the lower price; and if the prices are equal as well, the bid "
            + "submitted first. Bids share a rank only if their totals, quality scores, prices and submission times "
            + "are all equal; the next rank is then skipped (1, 1, 3).";

    // TIE_RULE in code: it orders bids, and bids it cannot part share a rank.
    private static final Comparator<Scored> RANK_ORDER = Comparator
            .comparing(Scored::total, Comparator.reverseOrder())
            .thenComparing(Scored::quality, Comparator.reverseOrder())
            .thenComparing((Scored s) -> s.bid().price())
            .thenComparing(s -> s.bid().submittedAt());

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(BidForScoring.MAX_SCORE);

    private Scoring() {
    }

    /**
     * The bids scored and ranked.
     *
     * @throws EvaluationIncompleteException if a bid lacks a pass/fail result, or a bid not excluded lacks a
     *                                       moderated score
     * @throws IllegalArgumentException      if two bids share an id, or a bid refers to a question not in the model
     */
    public static Ranking rank(EvaluationModel model, Collection<BidForScoring> bids) {
        Set<Long> passFailIds = new HashSet<>();
        model.passFail().forEach(q -> passFailIds.add(q.questionId()));
        Set<Long> qualityIds = new HashSet<>();
        model.quality().forEach(q -> qualityIds.add(q.questionId()));
        List<BidForScoring> qualifying = new ArrayList<>();
        List<ExcludedBid> excluded = new ArrayList<>();
        Set<Long> bidIds = new HashSet<>();
        for (BidForScoring bid : bids.stream().sorted(Comparator.comparing(BidForScoring::submittedAt)).toList()) {
            if (!bidIds.add(bid.bidId())) {
                throw new IllegalArgumentException("Bid " + bid.bidId() + " appears twice");
            }
            requireKnown(bid, bid.passFail().keySet(), passFailIds, "pass/fail");
            requireKnown(bid, bid.moderatedQualityScores().keySet(), qualityIds, "quality");
            List<PassFailCriterion> failed = failedQuestions(model, bid);
            if (failed.isEmpty()) {
                qualifying.add(bid);
            } else {
                excluded.add(new ExcludedBid(bid.bidId(), bid.bidder(), bid.price(), failed));
            }
        }
        Money lowest = qualifying.stream().map(BidForScoring::price).min(Money::compareTo).orElse(null);
        List<Scored> scored = qualifying.stream().map(bid -> score(model, bid, lowest)).sorted(RANK_ORDER).toList();
        return new Ranking(model, withRanks(scored), excluded);
    }

    private static List<PassFailCriterion> failedQuestions(EvaluationModel model, BidForScoring bid) {
        List<PassFailCriterion> failed = new ArrayList<>();
        for (PassFailCriterion question : model.passFail()) {
            Boolean passed = bid.passFail().get(question.questionId());
            if (passed == null) {
                throw new EvaluationIncompleteException(bid.bidder(),
                        "pass/fail result for ‘" + question.text() + "’");
            }
            if (!passed) {
                failed.add(question);
            }
        }
        return failed;
    }

    private static Scored score(EvaluationModel model, BidForScoring bid, Money lowest) {
        List<QuestionScore> questionScores = new ArrayList<>();
        BigDecimal quality = BigDecimal.ZERO.setScale(2);
        for (QualityCriterion question : model.quality()) {
            Integer moderated = bid.moderatedQualityScores().get(question.questionId());
            if (moderated == null) {
                throw new EvaluationIncompleteException(bid.bidder(), "moderated score for ‘" + question.text() + "’");
            }
            // Exact: a fifth of a whole number never needs more than one decimal place.
            BigDecimal points = BigDecimal.valueOf((long) moderated * question.weight())
                    .divide(MAX_SCORE, 2, RoundingMode.UNNECESSARY);
            questionScores.add(new QuestionScore(question, moderated, points));
            quality = quality.add(points);
        }
        BigDecimal price = model.priceWeight() == 0 ? BigDecimal.ZERO.setScale(2)
                : model.priceScoring().score(lowest, bid.price(), model.priceWeight());
        return new Scored(bid, questionScores, quality, price, quality.add(price));
    }

    /** Standard competition ranking: a bid's rank is one more than the number of bids that beat it. */
    private static List<RankedBid> withRanks(List<Scored> ordered) {
        List<RankedBid> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            boolean tiedWithPrevious = i > 0 && RANK_ORDER.compare(ordered.get(i - 1), ordered.get(i)) == 0;
            ranked.add(ordered.get(i).ranked(tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }

    private static void requireKnown(BidForScoring bid, Set<Long> answered, Set<Long> questions, String kind) {
        answered.stream().filter(id -> !questions.contains(id)).findAny().ifPresent(id -> {
            throw new IllegalArgumentException("Bid " + bid.bidId() + " has a " + kind + " result for question " + id
                    + ", which is not a " + kind + " question of the model");
        });
    }

    private record Scored(BidForScoring bid, List<QuestionScore> questions, BigDecimal quality, BigDecimal price,
            BigDecimal total) {

        RankedBid ranked(int rank) {
            return new RankedBid(bid.bidId(), bid.bidder(), bid.price(), bid.submittedAt(), questions, quality, price,
                    total, rank);
        }
    }
}
