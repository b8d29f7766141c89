package uk.hearth.uplifts.domain;

import java.time.LocalDate;
import uk.hearth.shared.money.Money;

/**
 * A row of the decision queue: what the council reads of a request before opening it, read in one query without
 * loading the placement, its home or the request's case, so a page of the queue stays quick at scale.
 */
public record QueueEntry(long id, String reference, String provider, String placement, String home, String lot,
        UpliftKind kind, UpliftStatus status, Money currentFee, Money standardFee, Money proposedFee, LocalDate decisionDue) {

    /** The weekly fee asked for, as {@link UpliftRequest#askedFee()} says it. */
    public Money askedFee() {
        return kind.asked(standardFee, proposedFee);
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isOverdue(decisionDue, day);
    }
}
