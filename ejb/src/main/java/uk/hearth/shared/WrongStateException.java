package uk.hearth.shared;

/** The record is not at a stage where this can be done (a published request cannot be edited, and so on). */
public class WrongStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WrongStateException(String message) {
        super(message);
    }
}
