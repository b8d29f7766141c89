package uk.hearth.shared;

/** The record asked for does not exist, or the caller may not see it (the two are not told apart on purpose). */
public class RecordNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param what the record as the user knows it, with its article: "The request" */
    public RecordNotFoundException(String what) {
        super(what + " could not be found.");
    }
}
