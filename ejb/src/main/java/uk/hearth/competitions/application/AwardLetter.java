package uk.hearth.competitions.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.hearth.competitions.domain.EvaluationModel;
import uk.hearth.competitions.domain.ExcludedBid;
import uk.hearth.competitions.domain.RankedBid;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.competitions.domain.WinnerAdvantages;
import uk.hearth.shared.BusinessException;

/**
 * What the letter telling one bidder the outcome of a mini-competition says: the award criteria, its own scores, the
 * winner's name and scores, the winning bid's relative advantages over its own, and when the standstill ends.
 *
 * @param competition the competition and who writes
 * @param bidder      the bidder the letter is for
 * @param outcome     what the letter tells it
 * @param own         its own scores and rank; null when it was excluded
 * @param exclusion   why it was excluded; null unless it was
 * @param winner      the winning bid
 * @param advantages  the winning bid's advantages over its own; null unless it was unsuccessful
 * @param rankedBids  how many bids were ranked
 * @param model       the evaluation model, whose criteria the letter states
 * @param standstill  the standstill period the award decision started
 */
public record AwardLetter(Competition competition, String bidder, AwardOutcome outcome, RankedBid own,
        ExcludedBid exclusion, RankedBid winner, WinnerAdvantages advantages, int rankedBids, EvaluationModel model,
        StandstillPeriod standstill) {

    /**
     * The competition the letters are about, and who sends them.
     *
     * @param reference   the competition's reference, such as {@code MC-2026-0003}
     * @param title       its title, such as "Two beds for children under 10 within 20 miles"
     * @param lotName     the lot of the dynamic purchasing system it was run under
     * @param councilName the contracting authority
     * @param signedBy    the commissioner who recorded the award decision
     * @param dpsName     the dynamic purchasing system, named in the letter and every page's footer
     */
    public record Competition(String reference, String title, String lotName, String councilName, String signedBy,
            String dpsName) {

        public Competition {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(lotName, "lotName");
            Objects.requireNonNull(councilName, "councilName");
            Objects.requireNonNull(signedBy, "signedBy");
            Objects.requireNonNull(dpsName, "dpsName");
        }
    }

    public AwardLetter {
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(standstill, "standstill");
        boolean excluded = outcome == AwardOutcome.EXCLUDED;
        if (excluded == (own != null) || excluded != (exclusion != null)
                || (outcome == AwardOutcome.UNSUCCESSFUL) != (advantages != null)) {
            throw new IllegalArgumentException("An " + outcome + " letter to " + bidder
                    + " needs its own scores unless excluded, a reason only if excluded, and advantages only if "
                    + "unsuccessful");
        }
    }

    /** The bid the letter is about. */
    public long bidId() {
        return own == null ? exclusion.bidId() : own.bidId();
    }

    /**
     * One letter for every bidder, ranked bids first in rank order, then the excluded ones.
     *
     * @throws BusinessException if no single bid ranks first, so there is no award to announce
     */
    public static List<AwardLetter> forEveryBidder(Competition competition, Ranking ranking,
            StandstillPeriod standstill) {
        RankedBid winner = ranking.winner().orElseThrow(() -> new BusinessException("No single bid ranks first in "
                + competition.reference() + ", so there is no award to announce."));
        int rankedBids = ranking.ranked().size();
        List<AwardLetter> letters = new ArrayList<>();
        for (RankedBid bid : ranking.ranked()) {
            boolean won = bid.bidId() == winner.bidId();
            letters.add(new AwardLetter(competition, bid.bidder(),
                    won ? AwardOutcome.SUCCESSFUL : AwardOutcome.UNSUCCESSFUL, bid, null, winner,
                    won ? null : ranking.advantagesOfWinnerOver(bid.bidId()), rankedBids, ranking.model(), standstill));
        }
        for (ExcludedBid bid : ranking.excluded()) {
            letters.add(new AwardLetter(competition, bid.bidder(), AwardOutcome.EXCLUDED, null, bid, winner, null,
                    rankedBids, ranking.model(), standstill));
        }
        return letters;
    }
}
