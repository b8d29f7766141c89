package uk.hearth.competitions.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.hearth.shared.money.Money;

/**
 * The outcome of scoring a mini-competition's bids: the ranked bids, best first, and the excluded ones.
 *
 * @param model    the evaluation model the bids were scored by
 * @param ranked   the bids that passed every pass/fail question, in rank order
 * @param excluded the bids that failed one, in the order they were submitted
 */
public record Ranking(EvaluationModel model, List<RankedBid> ranked, List<ExcludedBid> excluded) {

    public Ranking {
        Objects.requireNonNull(model, "model");
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }

    /**
     * The bid ranked first, unless no bid was ranked or two bids share first place (which {@link Scoring#TIE_RULE}
     * allows only when they are identical in total, quality, price and submission time): then the commissioner
     * must decide, and no bid wins by arithmetic.
     */
    public Optional<RankedBid> winner() {
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(1).rank() == 1) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0));
    }

    /** The lowest price among the ranked bids, which the price formula scores against. */
    public Optional<Money> lowestPrice() {
        return ranked.stream().map(RankedBid::price).min(Money::compareTo);
    }

    public Optional<RankedBid> rankedBid(long bidId) {
        return ranked.stream().filter(b -> b.bidId() == bidId).findFirst();
    }

    public Optional<ExcludedBid> excludedBid(long bidId) {
        return excluded.stream().filter(b -> b.bidId() == bidId).findFirst();
    }

    /**
     * The winner's relative advantages over the ranked bid {@code bidId}.
     *
     * @throws IllegalStateException    if there is no single winner
     * @throws IllegalArgumentException if the bid is the winner, or not ranked
     */
    public WinnerAdvantages advantagesOfWinnerOver(long bidId) {
        RankedBid winner = winner().orElseThrow(() -> new IllegalStateException("No single bid ranks first"));
        RankedBid other = rankedBid(bidId)
                .orElseThrow(() -> new IllegalArgumentException("Bid " + bidId + " is not ranked"));
        if (other.bidId() == winner.bidId()) {
            throw new IllegalArgumentException("Bid " + bidId + " is the winner");
        }
        List<WinnerAdvantages.QuestionAdvantage> questions = model.quality().stream()
                .map(q -> new WinnerAdvantages.QuestionAdvantage(q, winner.scoreFor(q).score(), other.scoreFor(q).score()))
                .filter(a -> a.winnerScore().compareTo(a.theirScore()) > 0)
                .toList();
        return new WinnerAdvantages(winner, other, questions);
    }
}
