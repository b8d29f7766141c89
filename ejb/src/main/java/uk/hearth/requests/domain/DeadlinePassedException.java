package uk.hearth.requests.domain;

import java.time.Instant;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.time.DeadlineWords;

/** A response arrived after the request's deadline, by the server's clock in Europe/London. */
public class DeadlinePassedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DeadlinePassedException(String reference, Instant deadline) {
        super("The deadline for responses to " + reference + " passed on " + DeadlineWords.of(deadline)
                + " (UK time), so your response was not accepted.");
    }
}
