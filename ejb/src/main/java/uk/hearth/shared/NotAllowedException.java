package uk.hearth.shared;

/** The caller may not do this to this record: the record exists, but the rules keep this person out of it. */
public class NotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }
}
