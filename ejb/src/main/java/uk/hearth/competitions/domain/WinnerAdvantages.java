package uk.hearth.competitions.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The relative advantages of the winning bid over another ranked bid, which an unsuccessful bidder's award letter
 * must give: each quality question on which the winner scored higher, and how the two prices compare.
 *
 * @param winner    the winning bid
 * @param other     the bid it is compared with
 * @param questions the quality questions on which the winner scored higher, in the model's order
 */
public record WinnerAdvantages(RankedBid winner, RankedBid other, List<QuestionAdvantage> questions) {

    /** One question on which the winner scored higher. */
    public record QuestionAdvantage(QualityCriterion question, BigDecimal winnerScore, BigDecimal theirScore) {
    }

    public WinnerAdvantages {
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(other, "other");
        questions = List.copyOf(questions);
    }

    /** Below zero when the winner's price is lower than the other bid's, zero when equal, above zero when higher. */
    public int winnerPriceComparedWithTheirs() {
        return winner.price().compareTo(other.price());
    }
}
