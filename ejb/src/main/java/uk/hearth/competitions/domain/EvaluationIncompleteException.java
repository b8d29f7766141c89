package uk.hearth.competitions.domain;

import uk.hearth.shared.WrongStateException;

/** Bids cannot be ranked yet: a pass/fail result or a moderated score is still missing. */
public class EvaluationIncompleteException extends WrongStateException {

    private static final long serialVersionUID = 1L;

    public EvaluationIncompleteException(String bidder, String missing) {
        super("Bids cannot be ranked until every evaluation is complete: the bid from " + bidder + " has no "
                + missing + ".");
    }
}
