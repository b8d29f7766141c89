package uk.hearth.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the service refused the request. The message is plain English, safe to show to the user, and the
 * transaction is rolled back so nothing the request did survives.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String message) {
        super(message);
    }
}
