package uk.hearth.requests.domain;

import java.time.Instant;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.time.DeadlineWords;

/** A response arrived after the request's deadline, by the server's clock in Europe/London. */
public class ResponseDeadlinePassedException extends DeadlinePassedException {

    private static final long serialVersionUID = 1L;

    public ResponseDeadlinePassedException(String reference, Instant deadline) {
        super("The deadline for responses to " + reference + " passed on " + DeadlineWords.of(deadline)
                + " (UK time), so your response was not accepted.");
    }
}
