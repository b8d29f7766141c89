package uk.hearth.shared;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * A rule of the service refused the request. The message is plain English, safe to show to the user, and the
 * transaction is rolled back so nothing the request did survives. Where the refusal is about one input, it names
 * the property, so a page shows the message beside that field. Subclasses say what kind of refusal it is, so
 * callers (and tests) tell them apart by type, not by the words.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public BusinessException(String message) {
        this(null, message);
    }

    /** A refusal about one input: {@code field} is the property it is about, as named in the service's parameters. */
    public BusinessException(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
