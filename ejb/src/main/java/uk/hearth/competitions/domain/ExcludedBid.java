package uk.hearth.competitions.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.hearth.shared.money.Money;

/**
 * A bid that failed at least one pass/fail question, so it is neither scored nor ranked, and its price does not
 * count as the lowest.
 *
 * @param bidId  the bid's identity
 * @param bidder the bidding provider's name
 * @param price  the bid's price
 * @param failed the pass/fail questions it failed, in the model's order; never empty
 */
public record ExcludedBid(long bidId, String bidder, Money price, List<PassFailCriterion> failed) {

    public ExcludedBid {
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(price, "price");
        failed = List.copyOf(failed);
        if (failed.isEmpty()) {
            throw new IllegalArgumentException("Bid " + bidId + " failed no pass/fail question, so is not excluded");
        }
    }

    /** Why it was excluded, naming each question it failed, such as "It failed the pass/fail question ‘…’." */
    public String reason() {
        List<String> names = failed.stream().map(q -> "‘" + q.text() + "’").toList();
        String last = names.get(names.size() - 1);
        String questions = names.size() == 1 ? "question " + last
                : "questions " + names.stream().limit(names.size() - 1L).collect(Collectors.joining(", ")) + " and "
                        + last;
        return "It failed the pass/fail " + questions + ".";
    }
}
