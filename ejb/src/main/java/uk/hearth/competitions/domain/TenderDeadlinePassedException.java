package uk.hearth.competitions.domain;

import java.time.Instant;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.time.DeadlineWords;

/** A bid, or a change to one, arrived after the tender deadline by the server's clock in Europe/London. */
public class TenderDeadlinePassedException extends DeadlinePassedException {

    private static final long serialVersionUID = 1L;

    public TenderDeadlinePassedException(String reference, Instant deadline) {
        super("The tender deadline for " + reference + " passed on " + DeadlineWords.of(deadline)
                + " (UK time), so your bid was not accepted.");
    }
}
