package uk.hearth.competitions.application;

/**
 * Sealed bid data failed its integrity check: altered in the database or the document store, moved from another
 * bid, or sealed under a different master key. Never a user's mistake, so not a business exception.
 */
public class SealBrokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SealBrokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
