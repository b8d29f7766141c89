package uk.hearth.competitions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.hearth.shared.money.Money;

/**
 * A bid that passed every pass/fail question, with its scores and its place. Scores are points out of the weights,
 * to two decimal places; the total is the quality score plus the price score exactly, so the figures shown add up.
 *
 * @param bidId          the bid's identity
 * @param bidder         the bidding provider's name
 * @param price          the bid's price
 * @param submittedAt    when it was submitted
 * @param questionScores its result on each quality question, in the model's order
 * @param qualityScore   the sum of its question scores
 * @param priceScore     its price score
 * @param total          quality score plus price score, out of 100
 * @param rank           its place, from 1; two bids share a rank only when {@link Scoring#TIE_RULE} cannot part them
 */
public record RankedBid(long bidId, String bidder, Money price, Instant submittedAt,
        List<QuestionScore> questionScores, BigDecimal qualityScore, BigDecimal priceScore, BigDecimal total,
        int rank) {

    public RankedBid {
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(submittedAt, "submittedAt");
        questionScores = List.copyOf(questionScores);
        Objects.requireNonNull(qualityScore, "qualityScore");
        Objects.requireNonNull(priceScore, "priceScore");
        Objects.requireNonNull(total, "total");
        if (rank < 1) {
            throw new IllegalArgumentException("A rank starts at 1, not " + rank);
        }
    }

    /** The bid's result on one quality question. */
    public QuestionScore scoreFor(QualityCriterion question) {
        return questionScores.stream().filter(s -> s.question().equals(question)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Question " + question.questionId()
                        + " was not scored for bid " + bidId));
    }
}
